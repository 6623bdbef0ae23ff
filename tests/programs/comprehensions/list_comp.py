print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() for c in 'hello' if c != 'l'])
x = 'outer'
print([x for x in 'abc'], x)
print([i + j for i, j in zip([1, 2], [10, 20])])
print([a for a, *b in [(1, 2), (3, 4, 5)]])
