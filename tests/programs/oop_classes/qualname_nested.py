class Outer:
    class Inner:
        class Deep:
            def m(self):
                pass

        def meth(self):
            pass

    def f(self):
        class Local:
            def g(self):
                pass
        return Local


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.meth.__qualname__, Outer.Inner.Deep.m.__qualname__)
L = Outer().f()
print(L.__qualname__, L.g.__qualname__, L.__name__)
print(Outer.f.__qualname__, Outer.f.__name__)


def factory():
    class K:
        pass
    return K


print(factory().__qualname__)
print(Outer.__module__, Outer.Inner.__module__)


class WithDoc:
    "single-quoted doc"


class NoDoc:
    x = 1


print(WithDoc.__doc__, NoDoc.__doc__)


def fn():
    "function doc"


print(fn.__doc__, fn.__qualname__, fn.__module__)
print(repr(Outer.Inner)[:22])
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
