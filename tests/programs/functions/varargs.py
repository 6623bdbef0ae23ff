def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1), f(1, 2, a=3), f(*range(3), **{'z': 1}))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3), g(*'abc'))
args = (1, 2)
kw = {'c': 3}
def h(a, b, c):
    return a + b + c
print(h(*args, **kw), h(*args, c=10), h(1, *[2], **{'c': 3}))
print(f(*[1], *(2, 3), **{'a': 1}, **{'b': 2}))
print(f(0, *[1, 2], 3, x=1, **{'y': 2}))
print(max(*[3, 1, 2]), print(*[], sep='x'))
