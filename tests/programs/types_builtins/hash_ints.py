# hash() of ints, floats equal to ints, bools, and tuples must match CPython exactly.
for n in [0, 1, -1, 2, -2, 1000, -1000, 2 ** 31, 2 ** 32 + 1, 2 ** 60, 2 ** 61 - 1, 2 ** 61 + 5, 2 ** 62, 2 ** 63 - 1, -(2 ** 63), 2 ** 100, -(2 ** 100) + 7, 3 ** 80]:
    print(n, hash(n), hash(float(n)) == hash(n) if abs(n) < 2 ** 53 else '')
print(hash(True), hash(False), hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(-2.0))
for t in [(), (0,), (1, 2), (1, 2, 3), (-1, -2), ((1, 2), (3, 4)), (1.5, 2), (True, None) if False else (True, 2), (2 ** 70, -5)]:
    print(t, hash(t))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(range(10))))
