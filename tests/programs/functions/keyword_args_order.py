def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
def f(a, b, c=3, d=4):
    return a, b, c, d
print(f(1, 2, d=40), f(b=2, a=1), f(1, d=4, c=3, b=2))
def g(first, *args, last='L', **rest):
    return first, args, last, rest
print(g(1, 2, 3, last='end', extra=True))
d = {'b': 2, 'a': 1}
print(f(**d), f(*(1,), **{'b': 5}))
