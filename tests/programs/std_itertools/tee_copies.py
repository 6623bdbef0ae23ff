from itertools import tee, islice, count
a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter('abc'), 3)
print(list(x), list(y), list(z))
print(type(tee([1])).__name__, len(tee([1])), '' if tee([1], 0) else 'empty', len(tee(range(3), 5)))
p, q = tee(count())
print(list(islice(p, 100))[-1], next(q), list(islice(q, 200))[-1])
c1, c2 = tee(range(10))
c3, = tee(c1, 1)
print(next(c1), next(c3), list(c2)[:3])
t1, t2 = tee('xyz')
t3 = t1.__copy__()
print(next(t1), list(t3), list(t1), type(t1).__name__)
src = iter(range(3))
u, v = tee(src)
print(list(u), list(v), list(src))
for args in [([1], -1), ([1], 'a'), (), (1,), ([1], 2, 3)]:
    try:
        print(tee(*args))
    except Exception as e:
        print(type(e).__name__, e)
