# Lists built by comprehensions, nested lists, copying and aliasing.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], [grid[r][r] for r in range(3)], list(zip(*grid)))
flat = [x for row in grid for x in row if x % 2 == 0]
print(flat, sum(flat), [x * x for x in flat], [(i, x) for i, x in enumerate(flat) if i > 1])
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
fresh = [[0] * 2 for _ in range(2)]
fresh[0][0] = 9
print(fresh)
shallow = grid[:]
shallow[0] = 'replaced'
shallow[1][0] = 'inner'
print(grid, shallow)
stack = []
for ch in '(()(()))':
    if ch == '(':
        stack.append(len(stack))
    else:
        print(stack.pop(), end=' ')
print(stack)
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 5:
        queue.append(item + 3)
    print(item, queue)
