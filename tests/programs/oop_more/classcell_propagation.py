# The __class__ cell reaches type.__new__ through __classcell__; library metaclasses keep it,
# and a metaclass that drops it is reported as CPython does.
import enum, typing, dataclasses, abc, collections
class E(enum.Enum):
    A = 1
    def describe(self): return super().__str__()
print(E.A.describe())
class IE(enum.IntEnum):
    X = 1
    def __str__(self): return "IE:" + super().__str__()
print(str(IE.X))
try:
    class NT(typing.NamedTuple):
        a: int
        def show(self): return __class__.__name__
except RuntimeError as e:
    print("RuntimeError:", e)
@dataclasses.dataclass
class DC:
    a: int = 0
    def __post_init__(self): print("post", __class__.__name__)
DC()
@dataclasses.dataclass(slots=True)
class DS:
    a: int = 0
    def m(self): return super().__repr__()[:8]
try:
    DS().m()
except TypeError as e:
    print("TypeError:", e)  # slots=True makes a new class: the cell still holds the old one
class AB(abc.ABC):
    def m(self): return super().__class__.__name__
print(type(AB()).__name__)
class OD(collections.OrderedDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
o = OD(); o['a'] = 1; print(o)
class F(enum.Flag):
    R = 1
    def m(self): return super().__repr__()
print(F.R.m())
class TD(typing.TypedDict):
    a: int
print(TD(a=1))
class G(typing.Generic[typing.TypeVar('T')]):
    def m(self): return __class__.__name__
print(G().m())

class A:
    __qualname__ = "Custom.Name"
    x = 1
    try:
        y = [x for _ in range(2)]
    except NameError as e:
        print("NameError:", e)
    z = [i for i in range(x + 1)]
print(A.__qualname__, A.z)
def make():
    v = 10
    class B:
        w = v + 1
        def get(self): return v
    return B
print(make().w, make()().get())
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns2 = dict(ns)
        ns2.pop('__classcell__', None)
        return super().__new__(mcs, name, bases, ns2)
try:
    class C(metaclass=Meta):
        def f(self): return __class__
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
class D:
    def f(self): return __class__
print(D().f() is D)
class E:
    __module__ = "elsewhere"
print(repr(E), E.__module__)
try:
    class F:
        __qualname__ = 5
except TypeError as e: print(e)
x = "global"
class G:
    x = "class"
    def f(self): return x
    h = lambda self: x
print(G().f(), G().h())
class H:
    def __init_subclass__(cls): print("sub", cls.__qualname__)
class Outer:
    class Inner(H): pass
print(Outer.Inner.__qualname__)
