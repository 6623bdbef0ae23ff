# `o.m(args)` in hot translated code: the method and its self stay in registers, and what
# was found (a method of the type, an attribute, a super() method) is read after the lookup,
# which may itself run Python code that calls methods: __getattr__, a descriptor's __get__,
# a property returning a bound method, functools.partialmethod.
import functools


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, who):
        return "%s greets %s" % (self.name, who)


class Dynamic:
    def __init__(self):
        self.g = Greeter("dyn")

    def __getattr__(self, attr):
        # Calls a method while the caller's method lookup is under way.
        return getattr(self.g, attr.lower())


class Chained:
    def __get__(self, obj, cls):
        g = Greeter("desc")
        return g.hello


class Host:
    greet = Chained()

    @property
    def bound(self):
        return Greeter("prop").hello

    def _fmt(self, kind, x):
        return "%s:%s" % (kind, x)

    fmt_int = functools.partialmethod(_fmt, "int")

    def plain(self, x):
        return x * 2


class Child(Host):
    def plain(self, x):
        return super().plain(x) + 1


def run(n):
    d, h, c = Dynamic(), Host(), Child()
    out = []
    for i in range(n):
        out.append(d.HELLO(i))
        out.append(h.greet(i))
        out.append(h.bound(i))
        out.append(h.fmt_int(i))
        out.append(h.plain(i))
        out.append(c.plain(i))
        out.append(c.fmt_int(i))
    return out


res = run(40)
print(len(res))
print(res[:7])
print(res[-7:])

# The attribute is an instance's own callable, shadowing a method of the class.
class Shadow:
    def m(self):
        return "class"


s = Shadow()
print([s.m() for _ in range(20)][-1])
s.m = lambda: "instance"
print([s.m() for _ in range(20)][-1])

# Errors: a missing method, and a __getattr__ that raises.
class Missing:
    def __getattr__(self, attr):
        raise AttributeError("no %s here" % attr)


def probe(o, n):
    caught = []
    for _ in range(n):
        try:
            o.nothing()
        except AttributeError as e:
            caught.append(str(e))
    return caught[-1]


print(probe(Missing(), 30))
print(probe(Greeter("x"), 30))
Greeter("x").nothing()
