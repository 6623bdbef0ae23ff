# Lists as stacks and queues: balanced brackets, RPN evaluation, BFS on a grid.
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ['([]{})', '([)]', '((', '', '{[()()]}', ')']:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in '+-*/':
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[tok])
        else:
            st.append(int(tok))
    return st.pop()
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('2 3 /'))
try:
    rpn('+')
except IndexError as e:
    print(type(e).__name__, e)
grid = ['S.#.....', '.##.###.', '....#...', '.##...#E']
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == 'S')
dist = {start: 0}
q = [start]
while q:
    r, c = q.pop(0)
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == 'E')
print(dist[end], len(dist), max(dist.values()))
