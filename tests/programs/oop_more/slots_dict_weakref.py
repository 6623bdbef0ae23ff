# __slots__ with "__dict__" and "__weakref__" entries, and the errors slots produce.

class Fixed:
    __slots__ = ("x", "y")


class WithDict:
    __slots__ = ("x", "__dict__")


class WithWeak:
    __slots__ = ("x", "__weakref__")


f = Fixed()
f.x = 1
try:
    f.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(f, "__dict__"), hasattr(f, "__weakref__"))

w = WithDict()
w.x = 1
w.extra = 2
print(w.x, w.extra, w.__dict__, "x" in w.__dict__)

k = WithWeak()
k.x = 5
print(k.x, k.__weakref__)
try:
    k.other = 1
except AttributeError as e:
    print("AttributeError:", e)

print(sorted(n for n in WithDict.__dict__ if not n.startswith("__") or n == "__dict__"))
print(type(Fixed.__dict__["x"]).__name__)

for slots in [("__dict__", "__dict__"), ("__weakref__", "__weakref__"), ("a", "a")]:
    try:
        type("T", (), {"__slots__": slots})
    except TypeError as e:
        print("TypeError:", e)

try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class DictTwice(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)

try:
    type("T", (), {"__slots__": ("1bad",)})
except TypeError as e:
    print("TypeError:", e)

try:
    type("T", (), {"__slots__": (1,)})
except TypeError as e:
    print("TypeError:", e)


class Sub(Fixed):
    pass


s = Sub()
s.anything = 1
print(s.anything, s.__dict__)


class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError:", e)

f2 = Fixed()
try:
    f2.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f2.y
except AttributeError as e:
    print("AttributeError:", e)

print(Fixed.__slots__, WithDict.__slots__)
