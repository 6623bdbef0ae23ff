# __class__ assignment between classes whose instances are laid out differently is refused, with
# CPython's message; compatible ones (plain classes, subclasses, the same __slots__) are allowed.


def attempt(obj, cls):
    old = type(obj).__name__
    try:
        obj.__class__ = cls
        print("%s -> %s ok" % (old, type(obj).__name__))
    except TypeError as e:
        print("%s -> %s TypeError: %s" % (old, cls.__name__, e))


class P:
    pass


class P2:
    def hello(self):
        return "P2"


class Sub(P):
    pass


class L(list):
    pass


class D(dict):
    pass


class S1:
    __slots__ = ("x", "y")


class S2:
    __slots__ = ("x", "y")


class S3:
    __slots__ = ("x", "z")


class S4:
    __slots__ = ("x",)


class SD:
    __slots__ = ("x", "__dict__")


class NoDict:
    __slots__ = ()


class SubS1(S1):
    pass


class SubS1More(S1):
    __slots__ = ("w",)


p = P()
attempt(p, P2)
print(p.hello())
attempt(p, Sub)
attempt(p, P)
attempt(p, L)
attempt(p, D)
attempt(p, NoDict)
attempt(p, S1)

s = S1()
s.x = 1
attempt(s, S2)
print(s.x)
attempt(s, S3)
attempt(s, S4)
attempt(s, SD)
attempt(s, P)
attempt(s, SubS1)
attempt(s, S1)
attempt(s, SubS1More)

n = NoDict()
attempt(n, P)
attempt(n, S4)

lst = L([1, 2])
attempt(lst, P)


class L2(list):
    pass


attempt(lst, L2)
print(lst, type(lst).__name__)

# Module subclasses (a module's class replaced to give it __getattr__), exceptions and ints.
import sys
import types


class LazyModule(types.ModuleType):
    def __getattr__(self, name):
        return "lazy " + name


m = types.ModuleType("m")
attempt(m, LazyModule)
print(m.anything)
attempt(m, types.ModuleType)
attempt(m, P)


class E1(Exception):
    pass


class E2(Exception):
    pass


class K1(KeyError):
    pass


e = E1("boom")
attempt(e, E2)
print(repr(e), isinstance(e, E2))
attempt(e, K1)
attempt(e, P)


class I1(int):
    pass


class I2(int):
    pass


i = I1(5)
attempt(i, I2)
print(i + 1, type(i).__name__)
attempt(i, P)
attempt(7, I1)
attempt("s", P)
