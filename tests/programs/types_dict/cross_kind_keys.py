# A key of one kind finds an equal key of another kind when their hashes agree, as CPython's
# dict compares every key with the same hash: wrapper objects whose __eq__ delegates to a str
# or number, str subclasses with their own __hash__, both ways round.


class H:
    """Hashes and compares as the value it wraps."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return o == self.v

    def __repr__(self):
        return f"H({self.v!r})"


class Upper(str):
    """A case-insensitive str: hashes as its upper-case form."""

    def __hash__(self):
        return hash(self.upper())

    def __eq__(self, o):
        return isinstance(o, str) and self.upper() == o.upper()


class Loud:
    """Counts how often it is compared."""

    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        Loud.calls += 1
        return o == self.v


# Generic keys looked up in dicts of strs and numbers.
d = {"k": 1, 7: 2, 2.5: 3, 10**20: 4, True: 5}
print(H("k") in d, H(7) in d, H(7.0) in d, H(2.5) in d, H(10**20) in d, H(1) in d, H("x") in d)
print(d[H("k")], d.get(H(7)), d.get(H(8), "absent"), d[H(10**20)], d[H(True)])
print({"ABC": 1}.get(Upper("abc")), Upper("abc") in {"abc": 1}, Upper("ABC") in {"ABC": 1})

# Strs and numbers looked up in dicts of generic keys.
g = {H("k"): 1, H(7): 2, Upper("abc"): 3}
print("k" in g, 7 in g, 7.0 in g, "ABC" in g, "abc" in g, "x" in g, g["k"], g[7], g.get("ABC"))

# Assignment keeps the key that was there first, as CPython does.
d = {"k": 1, 7: 2}
d[H("k")] = 10
d[H(7)] = 20
print(d, len(d))
g = {H("k"): 1, H(7): 2}
g["k"] = 10
g[7.0] = 20
print(g, len(g))
print(g.setdefault("k", 99), g.setdefault(H(7), 99), g.setdefault("new", 3), len(g))

# Deletion and pop either way.
d = {"a": 1, "b": 2, 3: 3}
del d[H("a")]
print(d.pop(H(3)), d, H("b") in d, "a" in d)
g = {H("a"): 1, H(3): 2, H("c"): 3}
del g["a"]
print(g.pop(3), g.pop("zz", "no"), g, "c" in g)
try:
    del g["a"]
except KeyError as e:
    print("KeyError", e)
try:
    g[H("missing")]
except KeyError as e:
    print("KeyError", e)

# Equality of dicts, copies, construction and update mix the kinds too.
print({"a": 1, 2: "b"} == {H("a"): 1, H(2): "b"}, {H("a"): 1} == {"a": 2})
c = {"a": 1, H("b"): 2}.copy()
print("b" in c, H("a") in c, c)
print(dict([(H("x"), 1), ("x", 2)]), dict.fromkeys(["y", H("y"), Upper("Y")]))
u = {"p": 0}
u.update({H("p"): 1, H("q"): 2})
print(u)

# Many insertions and deletions (the table compacts) keep both kinds findable.
big = {}
for i in range(200):
    big[str(i)] = i
    big[H(("t", i))] = -i
    big[i + 1000] = i
for i in range(0, 200, 2):
    del big[H(str(i))]
    del big[i + 1000]
print(len(big), all(H(str(i)) in big for i in range(1, 200, 2)), any(str(i) in big for i in range(0, 200, 2)))
print(sum(big[H(i + 1000)] for i in range(1, 200, 2)), big[("t", 3)], big.popitem())
big.clear()
big["k"] = 1
print(H("k") in big, big)

# Equal hashes are compared, unequal ones are not.
Loud.calls = 0
d = {"k": 1, "j": 2, 3: 3}
print(Loud("k") in d, Loud("zz") in d, Loud(3) in d, Loud.calls)

# Wrapped tuples and huge floats: a __hash__ returning a 64-bit int keeps every bit of it.
w = {(1, "a"): "tuple", 2.5e300: "float", -1: "minus one"}
print(w[H((1, "a"))], w[H(2.5e300)], w[H(-1)], H((1, "b")) in w, {H((2, 3)): 0}[(2, 3)])

# Keys that can never equal a str or number stay apart.
t = {(1, 2): "t", frozenset([1]): "f", None: "n", "s": 1}
print(t[(1, 2)], t[frozenset([1])], t[None], (1, 2) in {"(1, 2)": 0})

# An __eq__ that empties the dict during the lookup.
class Evil:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return hash("k")

    def __eq__(self, o):
        self.d.clear()
        return False

    def __repr__(self):
        return "Evil"


d = {"k": 1}
e = Evil(d)
print(e in d, d)
d["j"] = 0
d[e] = 2
print(d)

# Hot loops over mixed dicts.
d = {H(i): i for i in range(50)}
d.update({str(i): i for i in range(50)})
total = 0
for r in range(300):
    for i in range(50):
        total += d[i] + d[str(i)] + (i in d) + (H(str(i)) in d)
print(total)
