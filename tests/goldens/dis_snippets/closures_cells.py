def outer(a, b=1, *args, c, d=2, **kw):
    e = a + b
    def inner(x):
        nonlocal e
        e += x
        return e + c
    def reader():
        return a, kw
    return inner, reader, lambda: e
class K:
    x = 1
    def m(self):
        return __class__, self.x
    y = [x for _ in range(2)]
