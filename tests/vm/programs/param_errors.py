def f(a, b, c=3, *, d, e=5):
    pass
def g(x):
    pass
def h():
    pass
def m(a, b):
    pass
class K:
    def meth(self, x):
        pass
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=1),
    lambda: g(),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: m(),
    lambda: m(1, 2, 3),
    lambda: K().meth(),
    lambda: K().meth(1, 2),
    lambda: g(*1),
    lambda: g(**1),
    lambda: g(1, **{'x': 2}),
    lambda: f(),
]
def three(a, b, c, *, x, y, z):
    pass
tests.append(lambda: three())
tests.append(lambda: three(1, 2, 3))
tests.append(lambda: three(1, 2, 3, 4, x=1))
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
