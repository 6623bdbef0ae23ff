a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
a, b, c, d = 'wxyz'
a, b, c, d = d, c, b, a
print(a, b, c, d)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
i, x[i] = 1, 'set'
print(i, x)
