# Attribute lookups that miss in hot translated code raise AttributeError without a JavaScript
# throw; the exception (message, name, obj, a __getattr__'s own error), its traceback and
# where it is caught must be CPython's.
import sys


def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Plain:
    def __init__(self, i):
        self.i = i


class Hooked:
    def __getattr__(self, name):
        if name.startswith("ok"):
            return name
        raise AttributeError(f"hooked has no {name!r}", name=name, obj=self)


class Prop:
    @property
    def broken(self):
        raise AttributeError("inside the property")


def probe(objs, name):
    out = []
    for o in objs:
        try:
            out.append(getattr_via_load(o, name))
        except AttributeError as e:
            out.append((str(e), e.name, type(e.obj).__name__, [f for f, _ in frames(e)]))
    return out


def getattr_via_load(o, name):
    if name == "i":
        return o.i
    if name == "ok_x":
        return o.ok_x
    if name == "broken":
        return o.broken
    return o.missing


objs = [Plain(1), Hooked(), Plain, sys, 5, "s", None]
for _ in range(30):
    r = [probe(objs, n) for n in ("i", "ok_x", "broken", "missing")]
for row in r:
    for item in row:
        print(item)


def through_property(o):
    try:
        return o.broken
    except AttributeError as e:
        return str(e), [f for f, _ in frames(e)]


for _ in range(30):
    rp = through_property(Prop())
print(rp)


def first_of(items):
    for x in items:
        try:
            return x.value
        except AttributeError:
            continue
    return "none"


class V:
    value = "found"


for _ in range(50):
    got = first_of([1, "a", None, V()])
print(got)


def chained():
    try:
        return Plain(0).nope
    except AttributeError:
        return Hooked().still_nope


try:
    chained()
except AttributeError as e:
    print(str(e), type(e.__context__).__name__, str(e.__context__), frames(e))


def last(o):
    return o.i + o.absent


print(last(type("T", (), {"i": 1, "absent": 2})()))
print(last(Plain(3)))
