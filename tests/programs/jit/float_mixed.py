# Float arithmetic with an int on either side, and `**` on floats, in hot code: the same
# values, exceptions and result types as CPython.


def mixed(n):
    out = []
    for i in range(1, n):
        x = i * 0.5
        out.append((x + i, i + x, x - i, i - x, x * i, i * x, x / i, i / x, x // 3, 7 // x,
                    x % 3, 7 % x, x ** 2, 2 ** x, x ** 0.5, i ** -1, x ** -2))
    return out


def powers():
    res = []
    for base in (-8.0, -0.0, 0.0, 2.0, float("inf"), float("-inf")):
        for e in (0.5, 2, 3, -1, 0.0, 1 / 3):
            try:
                res.append(repr(base ** e))
            except ZeroDivisionError as err:
                res.append("ZeroDivisionError: " + str(err))
    return res


def failures():
    got = []
    for v in (0, 0.0, -0.0):
        for name, f in (("div", lambda a, b: a / b), ("floordiv", lambda a, b: a // b),
                        ("mod", lambda a, b: a % b)):
            try:
                got.append(f(1.5, v))
            except ZeroDivisionError as err:
                got.append(name + ": " + str(err))
    try:
        got.append(2.0 ** (10 ** 400))
    except OverflowError as err:
        got.append("OverflowError: " + str(err))
    try:
        got.append(1.5 + 10 ** 400)
    except OverflowError as err:
        got.append("OverflowError: " + str(err))
    got.append(10 ** 20 * 1.5)
    got.append(True + 1.5)
    return got


def accumulate(n):
    t = 0
    for i in range(n):
        t += i * 0.25
        t -= i // 2
        t *= 1
    return t


total = 0.0
for _ in range(3):
    rows = mixed(60)
    total += sum(sum(abs(v) if not isinstance(v, complex) else abs(v) for v in r) for r in rows)
print(round(total, 6))
print(mixed(4)[2])
print(powers())
print(failures())
print(accumulate(5000))
