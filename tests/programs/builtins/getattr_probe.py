# getattr(o, name, default) and hasattr: every way an attribute can be missing is "absent"
# (AttributeError from the lookup, from __getattr__, __getattribute__, a property or a
# module's __getattr__), every other exception propagates, and an absent attribute leaves no
# trace in a later lookup's error.
import types


class H:
    def __getattr__(self, n):
        if n == "dyn":
            return 42
        raise AttributeError("custom " + n)


class G:
    def __getattribute__(self, n):
        if n == "boom":
            raise ValueError("not attr")
        if n == "ok":
            return 1
        return object.__getattribute__(self, n)


class P:
    @property
    def p(self):
        raise AttributeError("from property")

    @property
    def q(self):
        raise KeyError("q")


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


m = types.ModuleType("m")


def module_getattr(n):
    if n == "lazy":
        return 7
    raise AttributeError(n)


m.__getattr__ = module_getattr

cases = [(H(), "dyn"), (H(), "nope"), (G(), "ok"), (G(), "zzz"), (P(), "p"), (m, "lazy"), (m, "other"),
         (1, "real"), (1, "nope"), (int, "from_bytes"), (S(), "a"), (S(), "b"), (S, "a"), ("s", "upper"),
         (None, "x"), (type, "__name__")]
for _ in range(30):
    results = []
    for o, n in cases:
        v = getattr(o, n, "DEF")
        results.append((n, hasattr(o, n), "callable" if callable(v) else v))
for r in results:
    print(r)

for o, n in [(G(), "boom"), (P(), "q")]:
    try:
        hasattr(o, n)
    except Exception as e:
        print("hasattr raised", type(e).__name__, e)
    try:
        getattr(o, n, None)
    except Exception as e:
        print("getattr raised", type(e).__name__, e)

try:
    H().nope
except AttributeError as e:
    print("plain:", e, e.name, type(e.obj).__name__)
hasattr(H(), "x1")
getattr(P(), "p", None)
try:
    object().missing
except AttributeError as e:
    print("after hasattr:", e, e.name)
try:
    getattr(1, 5)
except TypeError as e:
    print(e)
try:
    getattr(1)
except TypeError as e:
    print(e)
try:
    hasattr(1, "a", "b")
except TypeError as e:
    print(e)
print(getattr(P(), "p"))
