def f(n):
    return [[n * i + j for j in range(n)] for i in range(n)]
print(f(3))
def g():
    k = 10
    return [k + x for x in range(3)], {x: k for x in 'ab'}, list(k * y for y in (1, 2))
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
data = [[1, 2], [3], [4, 5, 6]]
print([y for x in data for y in x], [len(x) for x in data])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
