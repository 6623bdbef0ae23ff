# Translated calls of builtin types that have a conversion entry (str(x), int(s), float(x),
# enumerate, zip, range...) call it directly; errors, subclasses, keyword arguments and a
# rebound name behave as through the generic call.


class MyInt(int):
    def __str__(self):
        return "MyInt!"


class MyStr(str):
    pass


def convert(x):
    out = []
    for conv in range(3):
        try:
            if conv == 0:
                out.append(str(x))
            elif conv == 1:
                out.append(int(x))
            else:
                out.append(float(x))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


values = [0, -7, 2**70, 1.5, -0.0, float("inf"), "42", " 3 ", "x", "1e3", True, None, MyInt(5), MyStr("9"), [1], b"12"]
for _ in range(12):
    res = [convert(v) for v in values]
for v, r in zip(values, res):
    print(repr(v), r)


def pairs(xs, ys):
    return list(enumerate(xs)), list(zip(xs, ys)), list(reversed(xs)), str(), int(), float()


for _ in range(12):
    p = pairs("abc", [1, 2])
print(p)


def sub(x):
    return MyStr(x), MyInt(x)


for _ in range(12):
    s = sub("7")
print(s, type(s[0]).__name__, type(s[1]).__name__)


def kw(x):
    return int(x, base=2), str(b"ab", encoding="ascii")


for _ in range(12):
    k = kw("101")
print(k)


def errors():
    out = []
    for args in [(), ("1", 2, 3), ("z", 36), ("12", 1)]:
        try:
            out.append(int(*args))
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for _ in range(12):
    e = errors()
print(e)

real_str = str


def str(x):
    return "shadowed"


for _ in range(3):
    print(convert(1)[0])
str = real_str
print(convert(1)[0])
