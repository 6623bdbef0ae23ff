# Module attributes read and called in hot translated code: found in the module's dict, they
# must follow whatever the dict holds later (rebound, deleted, added), and the rest of the
# protocol must stay (PEP 562's module __getattr__, the AttributeError, module subclasses).
import math
import sys
import types

mod = types.ModuleType("mod")
mod.scale = 3


def triple(x):
    return x * mod.scale


mod.triple = triple
mod.native = abs


def use(m, x):
    return m.triple(x) + m.native(-x) + m.scale + int(math.sqrt(x * x)) + math.floor(math.pi)


class Sub(types.ModuleType):
    @property
    def scale(self):
        return 100


def lazy_getattr(name):
    if name == "late":
        return lambda x: ("late", x)
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")


lazy = types.ModuleType("lazy")
lazy.__getattr__ = lazy_getattr


def call_late(m, x):
    return m.late(x)


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except AttributeError as e:
        print(label, "AttributeError", e)


total = 0
for rep in range(40):
    total += use(mod, rep)
    if rep == 20:
        mod.scale = 5
    if rep == 25:
        mod.native = lambda v: -1000
    if rep == 30:
        mod.triple = lambda v: 0
print(total)

sub = Sub("sub")
sub.triple = triple
sub.native = abs
for rep in range(15):
    r = use(sub, rep)
print("sub", r)

for rep in range(15):
    r = call_late(lazy, rep)
print(r)
lazy.late = lambda x: ("now in the dict", x)
print(call_late(lazy, 1))
del lazy.late
print(call_late(lazy, 2))
del lazy.__getattr__
attempt("no getattr", call_late, lazy, 3)

del mod.scale
attempt("deleted", use, mod, 1)
attempt("missing", lambda: math.nope)
print(sys.maxsize > 0, math.tau > 6, math.inf)
