# types.MappingProxyType: a live read-only view over any mapping.
from types import MappingProxyType
from collections import OrderedDict

d = {"a": 1, "b": 2}
p = MappingProxyType(d)
print(p, len(p), p["a"], "b" in p, "z" in p, list(p), p.get("z", 0))
d["c"] = 3
print(p, list(p.keys()), list(p.values()), list(p.items()))
print(p == {"a": 1, "b": 2, "c": 3}, p != d, type(p).__name__)
print(p | {"d": 4}, {"z": 0} | p, type(p.copy()).__name__)
print(list(reversed(p)), str(p))

for op in [lambda: p.__setitem__("x", 1), lambda: p.__delitem__("a")]:
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)

try:
    p["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del p["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    p.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p |= {"q": 1}
except TypeError as e:
    print("TypeError:", e)

for bad in [[1, 2], (1,), "abc", 5, None]:
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    MappingProxyType()
except TypeError as e:
    print("TypeError:", e)
try:
    MappingProxyType({}, {})
except TypeError as e:
    print("TypeError:", e)

od = MappingProxyType(OrderedDict(x=1, y=2))
print(od, od["y"])
print(MappingProxyType(MappingProxyType({1: 2})))


class Missing(dict):
    def __missing__(self, key):
        return key * 2

mp = MappingProxyType(Missing(a=1))
print(mp["zz"], mp.get("zz"))


class C:
    x = 1

cp = C.__dict__
print(type(cp) is MappingProxyType, cp["x"], "x" in cp)
C.y = 2
print(cp["y"], sorted(k for k in cp if not k.startswith("__")))
