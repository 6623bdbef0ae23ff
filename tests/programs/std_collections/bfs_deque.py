from collections import deque

grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "##.##.#.",
    "......#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'E')

def bfs(start, end):
    q = deque([start])
    prev = {start: None}
    while q:
        cur = q.popleft()
        if cur == end:
            break
        r, c = cur
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    path = []
    node = end if end in prev else None
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]

path = bfs(start, end)
print(len(path) - 1)
print(path)
canvas = [list(row) for row in grid]
for r, c in path[1:-1]:
    canvas[r][c] = '*'
for row in canvas:
    print(''.join(row))

graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def levels(root):
    out = {root: 0}
    q = deque([root])
    while q:
        n = q.popleft()
        for m in graph[n]:
            if m not in out:
                out[m] = out[n] + 1
                q.append(m)
    return out
print(levels('a'))
