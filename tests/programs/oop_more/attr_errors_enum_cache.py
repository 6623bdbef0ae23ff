# AttributeError messages after enum lookups, cached misses that later resolve, attributes added
# to metaclasses and modules, and enum member attribute protection.
import enum
class Color(enum.Enum):
    RED = 1
class Shape(enum.Enum):
    CIRCLE = 1
for cls, name in [(Color, "BLUE"), (Shape, "SQUARE"), (Color, "SQUARE"), (Shape, "BLUE")]:
    try: getattr(cls, name)
    except AttributeError as e: print(cls.__name__, repr(e), e.name, e.obj)
for m, name in [(Color.RED, "x"), (Shape.CIRCLE, "y")]:
    try: getattr(m, name)
    except AttributeError as e: print(repr(e))
class C: pass
class D(C): pass
for i in range(3):
    try: D.attr
    except AttributeError as e: print(e)
    if i == 0: C.attr = "on C"
    elif i == 1: del C.attr
    else: print("done")
class Meta(type): pass
class E(metaclass=Meta): pass
try: E.meta_attr
except AttributeError as e: print(e)
Meta.meta_attr = "from meta"
print(E.meta_attr)
try: E().meta_attr
except AttributeError as e: print(e)
import math
try: math.foo
except AttributeError as e: print(e)
math.foo = 1
print(math.foo)
del math.foo
try: math.foo
except AttributeError as e: print(e)
class F(enum.IntEnum):
    A = 1
print(F.A + 1, F(1), F["A"])
try: F["B"]
except KeyError as e: print(repr(e))
try: F(5)
except ValueError as e: print(e)
try: F.A = 2
except AttributeError as e: print(e)
try: del F.A
except AttributeError as e: print(e)
print(hasattr(F, "B"), hasattr(F, "A"), getattr(F, "B", None))
class Fl(enum.Flag):
    R = 1
    W = 2
print(Fl.R | Fl.W, Fl(3))
try: Fl.X
except AttributeError as e: print(repr(e))
try: Color.RED.value = 3
except AttributeError as e: print(e)
try: Color.RED.foo = 3
except AttributeError as e: print(e)
print(Color.RED.name, Color._member_names_)
try: Color.__foo__
except AttributeError as e: print(repr(e))
try: del Color.RED.name
except AttributeError as e: print(e)
