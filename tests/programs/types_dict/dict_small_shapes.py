# Small dicts of str keys are scanned rather than indexed; these exercise every way a dict
# leaves that shape (a non-str key, a ninth entry, a str subclass key) and the lookups after it.

class S(str):
    pass


def show(d):
    print(len(d), list(d.items()))


d = {"a": 1, "b": 2}
d[1] = "one"
print(d.get(True), d.get(1.0), d[1], "a" in d, 1 in d, 2 in d)
show(d)
del d["a"]
show(d)
d["a"] = 3
show(d)

e = {}
for i in range(12):
    e["k%d" % i] = i
    print(i, e.get("k0"), e.get("k%d" % i), e.get("missing"))
for i in range(0, 12, 2):
    del e["k%d" % i]
show(e)
e["k0"] = "back"
print(e["k0"], e.get("k1"), len(e))

f = {"x": 1}
f[S("y")] = 2
print(f["y"], f[S("x")], type(list(f)[1]).__name__)
show(f)

g = dict.fromkeys("abcdefgh", 0)
g.pop("c")
g["i"] = 9
g["j"] = 10
print(g.popitem(), sorted(g))
g.clear()
g["a"] = 1
g[2.0] = "two"
print(g[2], g.get(2.5), list(g))


class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "attr%d" % i, i)


for n in (0, 3, 8, 9, 20):
    p = P(n)
    print(n, len(vars(p)), getattr(p, "attr%d" % (n - 1), None), hasattr(p, "attr%d" % n))
    if n:
        delattr(p, "attr0")
        print(sorted(vars(p))[:3], "attr0" in vars(p))

try:
    {"a": 1}["b"]
except KeyError as exc:
    print("KeyError", exc)
