# A translated call of a Python function with fewer positional arguments than parameters
# fills the rest from the function's defaults itself; changed or removed __defaults__,
# missing arguments, methods, closures and mutable defaults behave as through the generic call.


def g(a, b=2, c=[]):
    c.append(a)
    return a + b, len(c)


def call_g(n):
    out = []
    for i in range(n):
        out.append(g(i))
        out.append(g(i, 10))
    return out


for _ in range(12):
    r = call_g(3)
print(r)


class P:
    def __init__(self, base):
        self.base = base

    def add(self, x, y=1, z=100):
        return self.base + x + y + z


def call_m(p):
    return [p.add(1), p.add(1, 2), p.add(1, 2, 3)]


for _ in range(12):
    m = call_m(P(1000))
print(m)


def make(k):
    def inner(x, y=k):
        return x * y
    return inner


def call_c(f):
    return [f(2), f(2, 5)]


for _ in range(12):
    c = call_c(make(3))
print(c)


def call_two(f):
    try:
        return f(1)
    except TypeError as e:
        return "TypeError: " + str(e)


def h(a, b, c=3):
    return a, b, c


for _ in range(12):
    t = call_two(h)
print(t)
h.__defaults__ = (20, 30)
print(call_two(h))
h.__defaults__ = None
print(call_two(h))
h.__defaults__ = (7,)
print(call_two(h))


def k(a, b=2):
    return a - b


def call_k(f):
    return f(10)


for _ in range(12):
    v = call_k(k)
print(v, call_k(lambda a, b=5: a * b), call_k(lambda *a: a), call_k(lambda a, *, b=1: a + b))
print(g.__defaults__[1][:5])


class V:
    def __init__(self, x, y=0, tag="v"):
        self.x = x
        self.y = y
        self.tag = tag

    def __repr__(self):
        return "V(%r, %r, %r)" % (self.x, self.y, self.tag)


def build(n):
    out = []
    for i in range(n):
        out.append(V(i))
        out.append(V(i, 1))
        out.append(V(i, 1, "t"))
    return out


for _ in range(12):
    vs = build(2)
print(vs)


def empty():
    try:
        return V()
    except TypeError as e:
        return "TypeError: " + str(e)


for _ in range(12):
    e = empty()
print(e)
V.__init__.__defaults__ = ("dx", "dy")
print(empty(), build(1))
