# Tuples: construction, unpacking, methods, hashing, comparisons, errors.
t = (1, 'two', 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index(None), (1,), (), tuple('ab'), tuple([1, 2]), tuple(range(3)))
a, b, *rest = t
print(a, b, rest)
*init, last = t
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z, (1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) < (1, 2, 3), (1, 'a') == (1, 'a'), () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2)), hash((-1, 'x')) == hash((-1, 'x')), hash((1, (2, 3))))
for f in [lambda: t[10], lambda: t.index(99), lambda: hash((1, [2])), lambda: t + [1], lambda: (1, 2) < (1, 'a')]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
d = {(1, 2): 'a', (3,): 'b'}
print(d[(1, 2)], d[3,], sorted(d), (1, 2) in d, tuple(sorted({3, 1, 2})))
