def gen(n):
    x = yield
    yield x
    yield from range(n)
    return (yield 5)
def lam():
    return lambda: (yield)
