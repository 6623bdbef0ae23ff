def f(a, b=1, *args, c, d=2, **kw):
    return a + b + c + d

def g(x: int, y: 'str' = 'y') -> list:
    """docstring here"""
    return [x, y]

async def h(a):
    await a
    return 1

def k(*, z=3):
    pass

lambda_ = lambda q, r=5: q * r
print(f(1, c=3), g(2), k())
