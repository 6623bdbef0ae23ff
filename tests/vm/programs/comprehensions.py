print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x * x for x in range(4)})
print(sorted({x % 3 for x in range(10)}))
print(list(x for x in range(5)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
def scope():
    k = 10
    return [k + i for i in range(3)], {i: k for i in range(2)}
print(scope())
print(sum(i for i in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
x = 'outer'
print([x for x in range(2)], x)
print(any(i > 3 for i in range(5)), all(i < 3 for i in range(5)))
g = (i * i for i in range(3))
print(next(g), list(g))
