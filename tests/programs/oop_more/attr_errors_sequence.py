# AttributeError messages on different kinds of objects, one after another, through plain
# access, getattr with and without a default, and hasattr: each message names its own object.
import enum
import math


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Plain:
    cls_attr = 1


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"WithGetattr has no {name!r}")


def show(thunk):
    try:
        print("ok", thunk())
    except AttributeError as e:
        print(type(e).__name__, e)


p = Plain()
w = WithGetattr()
show(lambda: Color.BLUE)
show(lambda: p.missing)
show(lambda: Plain.missing)
show(lambda: math.nope)
show(lambda: Color.RED.nope)
show(lambda: w.dyn_value)
show(lambda: w.other)
show(lambda: p.other)
print(hasattr(Color, "BLUE"), hasattr(w, "zzz"), hasattr(p, "cls_attr"))
show(lambda: p.after_hasattr)
print(getattr(Color, "PURPLE", "default"), getattr(w, "qq", None))
show(lambda: Plain.after_getattr)
show(lambda: getattr(math, "tau2"))
show(lambda: getattr(p, "x" * 3))
show(lambda: (1).nope)
show(lambda: "s".nope)
show(lambda: None.nope)
show(lambda: [].nope)
show(lambda: int.nope)
show(lambda: type.nope)
show(lambda: Color.GREEN.value.nope)
show(lambda: Color.nope)
show(lambda: w.other2)
show(lambda: enum.nope)

for obj, name in [(p, "a"), (Plain, "b"), (math, "c"), (Color, "d"), (w, "e"), (3.5, "f")]:
    print(hasattr(obj, name), getattr(obj, name, "-"))
    show(lambda: getattr(obj, name))
