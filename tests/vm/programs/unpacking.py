a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
p, *q, r = range(5)
print(p, q, r)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
d = {'x': 1, 'y': 2}
k1, k2 = d
print(k1, k2)
print([*range(3), *'ab'], (*[1], 2), {**d, 'z': 3})
def gen():
    yield 1
    yield 2
m, n = gen()
print(m, n)
