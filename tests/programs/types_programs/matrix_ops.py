# Matrices as nested lists: multiply, transpose, determinant (Fraction-free), identity, power.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def mpow(m, n):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b), transpose(a), det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det([[1, 2], [3, 4]]))
fib = mpow([[1, 1], [1, 0]], 90)
print(fib[0][1], mpow([[2, 0], [0, 3]], 50))
for row in matmul(b, a):
    print(' '.join(f'{x:5d}' for x in row))
m = [[1.5, 2.25], [0.1, 0.2]]
print(matmul(m, m), det(m))
