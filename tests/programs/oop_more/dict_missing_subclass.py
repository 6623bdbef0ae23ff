# __missing__ in dict subclasses: used by d[k] only, not by get/in/setdefault.

class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter(a=1)
print(c["a"], c["zzz"], c.get("zzz"), "zzz" in c, len(c))
c["b"] += 5
print(c)


class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value


tree = AutoVivify()
tree["a"]["b"]["c"] = 1
print(tree)


class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key!r} here")


try:
    Raising()["x"]
except LookupError as e:
    print(type(e).__name__, e)


class NotCallable(dict):
    __missing__ = 5


try:
    NotCallable()["x"]
except TypeError as e:
    print("TypeError:", e)


class Plain(dict):
    pass


try:
    Plain()["x"]
except KeyError as e:
    print("KeyError:", e)

# __missing__ on an instance is ignored: it is looked up on the type
d = Plain()
d.__missing__ = lambda k: "instance"
try:
    d["x"]
except KeyError as e:
    print("KeyError:", e)


class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def __missing__(self, key):
        return f"missing {key}"


u = Upper(A=1)
print(u["a"], u["b"], u.get("a"), dict(u))

from collections import defaultdict
dd = defaultdict(list)
dd["x"].append(1)
print(dd, dd.get("y"), "y" in dd)
try:
    defaultdict(None)["q"]
except KeyError as e:
    print("KeyError:", e)
