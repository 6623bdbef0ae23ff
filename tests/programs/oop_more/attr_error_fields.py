# AttributeError carries .name and .obj (3.10+), set by the interpreter's own lookups.
import math


class A:
    __slots__ = ("x",)


class B:
    pass


for obj, attr in [(A(), "x"), (A(), "y"), (B(), "z"), (B, "w"), (math, "v"), (5, "real2")]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(repr(e.name), e.obj is obj, e)

e = AttributeError("custom")
print(e.name, e.obj)
e = AttributeError("custom", name="n", obj=1)
print(e.name, e.obj, e.args)

try:
    AttributeError("x", bad=1)
except TypeError as err:
    print(err)

try:
    del B().nothing
except AttributeError as e:
    print(e)

try:
    B.nothing = 1
    del B.nothing
    del B.nothing
except AttributeError as e:
    print(e)

try:
    del math.nothing
except AttributeError as e:
    print(e)

try:
    (1).real = 2
except AttributeError as e:
    print(e)

try:
    object().x = 1
except AttributeError as e:
    print(e)

try:
    A().y = 1
except AttributeError as e:
    print(e)

try:
    print(A().x)
except AttributeError as e:
    print(e)
