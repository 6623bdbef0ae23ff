# Dict comprehensions, inversion, zip-building, filtering and nested comprehension.
squares = {n: n * n for n in range(8)}
print(squares, {v: k for k, v in squares.items() if v % 2}, dict(zip('abc', range(3))))
names = ['ann', 'bob', 'cy']
print({n: len(n) for n in names}, {n[0]: n for n in names}, {i: [j for j in range(i)] for i in range(4)})
grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(grid, len(grid), sorted(set(grid.values())))
pairs = [('a', 1), ('b', 2), ('a', 3)]
print(dict(pairs), {k: [v for kk, v in pairs if kk == k] for k, _ in pairs})
d = dict.fromkeys('hello')
print(d, list(d), {**d, 'x': 1})
