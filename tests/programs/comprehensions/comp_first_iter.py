def make():
    items = [1, 2, 3]
    return [x * n for x in items for n in items if n == x]
print(make())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
def scoped():
    y = 5
    return [y for y in range(y)]
print(scoped())
print([x for x in range(3)][::-1])
