# Translated `d[k]`, `k in d` and `k not in d` test an exact dict with a str key inline; every
# other case (a dict subclass with __contains__ or __missing__, other key types, unhashable
# keys, a missing key) must behave as the generic operations do.


def count(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def probe(d, keys):
    out = []
    for k in keys:
        here = k in d
        gone = k not in d
        if k not in d:
            out.append((k, "absent", here, gone))
        else:
            out.append((k, d[k], here, gone))
    return out


class Always(dict):
    def __contains__(self, k):
        return True

    def __missing__(self, k):
        return "missing " + str(k)


words = "the cat and the hat and the bat".split()
for _ in range(15):
    c = count(words)
print(sorted(c.items()))

plain = {"a": 1, "b": 2, 3: "three", (1, 2): "pair"}
for _ in range(15):
    r1 = probe(plain, ["a", "z", 3, 4, (1, 2), 2.0])
    r2 = probe(Always(a=1), ["a", "z"])
print(r1)
print(r2)

def lookup(d, k):
    return d[k]


def contains(d, k):
    return k in d


for _ in range(15):
    v = lookup({"x": 10}, "x")
print(v)
try:
    for _ in range(15):
        lookup({"x": 10}, "y")
except KeyError as e:
    print("KeyError", e)
try:
    for _ in range(15):
        contains({"x": 10}, [])
except TypeError as e:
    print("TypeError", e)
try:
    for _ in range(15):
        lookup({"x": 10}, {})
except TypeError as e:
    print("TypeError", e)
print(contains({"": 0}, ""), contains({}, ""), lookup(Always(), "k"))


class AlwaysSet(set):
    def __contains__(self, k):
        return True


def members(s, keys):
    out = []
    for k in keys:
        try:
            out.append((k in s, k not in s))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


sets = [{"a", 1, 2.0, (1, 2)}, frozenset({"a", 3}), AlwaysSet({"q"}), set()]
keys = ["a", "b", 1, 2, 2.0, True, (1, 2), 3, [1], {1}]
for _ in range(15):
    ms = [members(s, keys) for s in sets]
for m in ms:
    print(m)


def by_int(d, keys):
    out = []
    for k in keys:
        try:
            out.append(d[k])
        except KeyError as e:
            out.append("KeyError: " + str(e))
    return out


memo = {0: "zero", 1: "one", -5: "minus five", 2**60: "big", 2.5: "float", "1": "str one"}
ikeys = [0, 1, True, False, 1.0, -5, 2**60, 2**60 + 1, 2.5, 7, "1"]
for _ in range(15):
    bi = by_int(memo, ikeys)
print(bi)
