# `o.x` and `o.x = v` in hot translated code test the site's cache entry themselves when the
# site has only seen instance-dict attributes of one class; whatever changes afterwards (the
# class gains a property or a slot-like descriptor, the attribute is deleted or re-added in
# another position, another class or a non-instance arrives) must still behave as CPython.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read(objs):
    t = 0
    for o in objs:
        t += o.x
    return t


def write(objs, v):
    for o in objs:
        o.y = v
    return [o.y for o in objs][-1]


ps = [P(i, -i) for i in range(50)]
print(read(ps), write(ps, 7))

# Another class at the same site, and an object that is not an instance of a Python class.
class Q:
    def __init__(self):
        self.x = 1000


print(read(ps + [Q()]))
try:
    read(ps + [3])
except AttributeError as e:
    print("AttributeError:", e)

# The attribute deleted, then added again after another one: its entry moves.
p = ps[0]
del p.x
try:
    read(ps)
except AttributeError as e:
    print("AttributeError:", e)
p.z = 5
p.x = 99
print(read(ps), p.__dict__)

# The class gains a property of that name: it wins over the instance dict.
P.x = property(lambda self: -1)
print(read(ps))
del P.x
print(read(ps))

# A data descriptor that refuses writes, then a class attribute that is only a value.
class ReadOnly:
    def __get__(self, obj, cls):
        return "ro"

    def __set__(self, obj, value):
        raise AttributeError("read-only y")


P.y = ReadOnly()
try:
    write(ps, 1)
except AttributeError as e:
    print("AttributeError:", e)
del P.y
print(write(ps, 2))
P.y = 0
print(write(ps, 3), P.y)

# __getattr__ and __setattr__ defined after the sites were translated.
def getattr_hook(self, name):
    return "hooked " + name


P.__getattr__ = getattr_hook
del ps[1].x
print(read(ps[2:]), ps[1].x)
log = []
P.__setattr__ = lambda self, name, value: log.append((name, value))
write(ps[:3], 4)
print(log, ps[0].y)

# A method call site translated for one class: the instance shadows the method, the class
# replaces it, the instance changes class, a non-function attribute takes its place.
class M:
    def __init__(self, k):
        self.k = k

    def f(self, x):
        return self.k + x


class M2:
    def f(self, x):
        return -x


def call_all(objs, x):
    return [o.f(x) for o in objs]


ms = [M(i) for i in range(30)]
print(sum(call_all(ms, 1)))
ms[3].f = lambda x: "shadowed %d" % x
print(call_all(ms, 2)[2:5])
del ms[3].f
M.f = lambda self, x: self.k * x
print(call_all(ms, 3)[:4])
ms[0].__class__ = M2
print(call_all(ms, 4)[:3])
M.f = staticmethod(lambda x: x * 100)
print(call_all(ms[1:], 5)[:3])
M.f = 7
try:
    call_all(ms[1:], 6)
except TypeError as e:
    print("TypeError:", e)
