def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key='k'), f(1, flag=True, key=2))
def g(*args, sep='-', **kw):
    return sep.join(str(a) for a in args), sorted(kw.items())
print(g(1, 2, 3), g('a', sep='+', x=1, y=2))
def h(a, b=1, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(h(0, c=3), h(0, 1, 2, 3, c=9, e=10))
print(f.__kwdefaults__, h.__kwdefaults__)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2)
except TypeError as e:
    print('TypeError:', e)
