# Translated +, -, * and / take a float with an int, and / two ints, inline (the int becomes
# a float exactly, as Python converts it), and str + str; everything else (bigints, bools,
# zero divisors, subclasses with their own methods, mixed types) as the generic operators do.


def ops(a, b):
    out = []
    for op in range(4):
        try:
            if op == 0:
                r = a + b
            elif op == 1:
                r = a - b
            elif op == 2:
                r = a * b
            else:
                r = a / b
        except ZeroDivisionError as e:
            r = "ZeroDivisionError: " + str(e)
        except TypeError as e:
            r = "TypeError: " + str(e)
        except OverflowError as e:
            r = "OverflowError: " + str(e)
        out.append(r)
    return out


def inplace(a, b):
    a += b
    a -= b
    a *= b
    try:
        a /= b
    except ZeroDivisionError as e:
        return str(e)
    return a


cases = [(1.5, 2), (2, 1.5), (3, 0), (3.0, 0), (0, 0.0), (7, 2), (-7, 2), (0, -5), (2**53, 3),
         (2**60, 3.0), (3.0, 2**60), (1e308, 10), (-0.0, 0), (0, -0.0), (float('nan'), 1),
         (1, float('inf')), ("ab", "cd"), ("", "x"), ("a", 1), (1, "a"), (True, 0.5), (0.5, False),
         (10**20, 7), (1, 3), (2, 3), (9007199254740993, 1), (10**400, 2.0), (1, 10**400)]
for _ in range(12):
    res = [ops(a, b) for a, b in cases]
    res2 = [inplace(a, b) for a, b in cases[:16]]
for c, r in zip(cases, res):
    print(c, r)
print(res2)


class F(float):
    def __add__(self, o):
        return "F.add"

    def __radd__(self, o):
        return "F.radd"


class I(int):
    def __truediv__(self, o):
        return "I.div"


class S(str):
    def __add__(self, o):
        return "S.add"


for _ in range(12):
    x = [F(1.5) + 2, 2 + F(1.5), I(3) / 2, 3 / I(2), F(1.0) - 1, S("a") + "b", "b" + S("a")]
print(x)


def build(n):
    s = ""
    for i in range(n):
        s += "ab"[i % 2]
        s = s + str(i % 3)
    return s


for _ in range(12):
    s = build(30)
print(s)


def mean(xs):
    total = 0
    for x in xs:
        total = total + x
    return total / len(xs), total * 0.5 - len(xs), 1.0 / (len(xs) + 1)


for _ in range(12):
    m = mean([1, 2.5, 3, 4])
print(m)


def powers(x, y):
    try:
        return x ** y
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


pcases = [(2.0, 0.5), (2.0, 2), (2.0, -1), (1e200, 2), (10.0, 400), (0.0, -1), (-8.0, 1 / 3), (-2.0, 2),
          (2.5, True), (2.0, 2**70), (float("inf"), 0.5), (float("nan"), 0), (1.0, float("nan")), (3.0, -0.5),
          (0.5, float("inf")), (2.0, "x")]
for _ in range(12):
    pw = [powers(x, y) for x, y in pcases]
print(pw)
