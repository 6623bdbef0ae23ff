# Translated comparisons test two ints, two strs (== and !=), and a float with a float or an
# int themselves; everything else (big ints, bools, subclasses with their own methods, mixed
# types, nan) must compare as the generic operators do.
import math


def table(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


def branches(a, b):
    out = 0
    if a < b:
        out |= 1
    if a <= b:
        out |= 2
    if a == b:
        out |= 4
    if a != b:
        out |= 8
    if a > b:
        out |= 16
    if a >= b:
        out |= 32
    return out


class F(float):
    def __eq__(self, other):
        return "F.eq"

    def __lt__(self, other):
        return "F.lt"


class S(str):
    def __eq__(self, other):
        return "S.eq"


pairs = [(1, 2), (2, 2), (1.5, 2), (2, 1.5), (2.0, 2), (2, 2.0), (-0.0, 0), (0, -0.0), (float("nan"), 1),
         (1, float("nan")), (float("nan"), float("nan")), (float("inf"), 2**53 - 1), (2.0**53, 2**53),
         (2.0**53, 2**53 + 1), (2**53 + 1, 2.0**53), (10**400, 1e308), (1e308, 10**400), ("a", "a"),
         ("a", "b"), ("b", "a"), ("\u00e9", "\U0001f600"), ("", ""), ("1", 1), (1, "1"), (True, 1),
         (1.0, True), (None, None), (F(1.0), 1.0), (1.0, F(1.0)), (S("x"), "x"), ("x", S("x")),
         ((1, 2), (1, 3)), ([1], [1])]
for _ in range(12):
    res = []
    for a, b in pairs:
        try:
            res.append((table(a, b), branches(a, b)))
        except TypeError as e:
            try:
                res.append(([a == b, a != b], "TypeError: " + str(e)))
            except TypeError as e2:
                res.append("TypeError: " + str(e2))
for p, r in zip(pairs, res):
    print(repr(p), r)


def close(xs, target, tol):
    n = 0
    for x in xs:
        if abs(x - target) <= tol:
            n += 1
        if x == target:
            n += 100
    return n


for _ in range(12):
    c = close([0.1 * i for i in range(30)], 1.5, 0.21)
print(c, math.isclose(0.1 * 3, 0.3))
