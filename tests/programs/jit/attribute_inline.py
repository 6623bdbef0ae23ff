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
