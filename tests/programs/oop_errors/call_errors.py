def f(x):
    return x


def g(a, b, c=3, *, d, e=5):
    return a


def h(*, key):
    pass


def k(a, b=2, *args, **kw):
    pass


class C:
    def m(self, x):
        pass

    @staticmethod
    def s(x):
        pass

    @classmethod
    def cm(cls, x):
        pass


calls = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(1, x=2),
    lambda: f(y=1),
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, d=4, z=1),
    lambda: g(1, 2, 3, 4, 5, d=1),
    lambda: h(1),
    lambda: h(),
    lambda: k(),
    lambda: k(1, a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: C.cm(),
    lambda: C().cm(1, 2),
    lambda: f(*[1, 2]),
    lambda: f(**{'x': 1, 'y': 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(1, **{'x': 2}),
    lambda: (lambda a, b: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: isinstance(1),
    lambda: int('1', 2, 3),
    lambda: C(1),
    lambda: g(1, 2, d=1, **{'d': 2}),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)


def many(a, b, c, d):
    pass


try:
    many()
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)


def kwonly_many(*, a, b, c):
    pass


try:
    kwonly_many()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly_many(a=1)
except TypeError as e:
    print(type(e).__name__, e)
