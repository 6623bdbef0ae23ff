# NotImplemented from both sides, reflected operands, in-place fallbacks, callables,
# __class__ assignment and __getattribute__ handing over to __getattr__.

class A:
    def __eq__(self, o):
        return NotImplemented

    def __lt__(self, o):
        return NotImplemented


a, b = A(), A()
print(a == b, a == a, a != b)
try:
    a < b
except TypeError as e:
    print(e)


class V:
    def __add__(s, o):
        return NotImplemented

    def __radd__(s, o):
        return ("radd", o)

    def __iadd__(s, o):
        return NotImplemented


v = V()
print(1 + v)
try:
    v += 2
except TypeError as e:
    print("TypeError:", e)


class W(int):
    def __radd__(s, o):
        return "W.radd"


print(1 + W(2), W(2) + 1)


class C:
    def __call__(self, *a, **k):
        return a, k


print(C()(1, x=2), callable(C()), callable(C), callable(5))
try:
    A()()
except TypeError as e:
    print(e)

k = A()
k.__class__ = C
print(type(k).__name__)
try:
    k.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)


class GA:
    def __getattribute__(self, n):
        if n == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, n)

    def __getattr__(self, n):
        return "fallback " + n


g = GA()
print(g.boom, g.other)


class CM:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.upper()


print(CM.name)


def outer():
    class Inner:
        def m(self):
            def nested():
                return __class__
            return nested()
    return Inner().m()


print(outer().__name__)
try:
    vars(5)
except TypeError as e:
    print(e)
