# type(name, bases, ns) hands over to the most derived metaclass among the bases, and
# reports a metaclass conflict as the class statement does.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, *a, **kw):
        print("Meta.__init__", cls.__name__)
class A(metaclass=Meta): pass
B = type("B", (A,), {})
print(type(B).__name__)
class M2(type): pass
class X(metaclass=M2): pass
try: type("C", (A, X), {})
except TypeError as e: print(e)
try:
    class D(A, X): pass
except TypeError as e: print(e)
E = type("E", (int,), {"x": 1})
print(E(5) + 1, E.x)
