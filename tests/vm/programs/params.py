def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, e=7, z=8, y=9))
print(f(b=2, a=1, d=0))
def g(*args, **kwargs):
    return args, kwargs
print(g())
print(g(1, 2, x=3))
print(g(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
def h(x, y=[]):
    y.append(x)
    return y
print(h(1), h(2))
def k(a, *, b):
    return a + b
print(k(1, b=2))
args = (1, 2)
kwargs = {'d': 10}
print(f(*args, **kwargs))
print(f(1, *[2, 3, 4], d=1))
lam = lambda x, y=2: x * y
print(lam(3), lam(3, 4), (lambda *a: a)(1, 2))
