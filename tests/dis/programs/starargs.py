def f(*args, **kwargs):
    return g(*args, **kwargs)
f(1, 2, *[3, 4], 5, **{'a': 1}, b=2)
print(*range(3), sep=', ')
