a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, [g, h]] = [6, [7, 8]]
print(f, g, h)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
p, *mid, q = range(6)
print(p, mid, q)
x, *y = [1]
print(x, y)
a, b, [] = 1, 2, []
print(a, b)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
(m, n), *o = 'xy', 1, 2
print(m, n, o)
s1, s2, s3 = 'abc'
print(s1, s2, s3)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
