# Hot sites that test an operand's class (an exact float, list, tuple, dict, function,
# builtin, method descriptor or generator) meeting subclasses, other kinds and None: each
# falls back to the full operation, with CPython's results and errors.


class F(float):
    def __add__(self, other):
        return "F.add"

    def __mul__(self, other):
        return F(float(self) * 10)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 100)


class T(tuple):
    pass


class D(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


def arith(values):
    out = []
    for a, b in values:
        try:
            out.append((a + b, a - b, a * b, a / b))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def subscripts(seqs):
    out = []
    for s in seqs:
        try:
            out.append((s[0], s[-1]))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def stores(targets):
    out = []
    for t in targets:
        try:
            t[0] = 7
            out.append(t[0] if not isinstance(t, L) else list(t))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def unpack(pairs):
    out = []
    for p in pairs:
        try:
            a, b = p
            out.append(a * 2 + b)
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def double(x):
    return x * 2


class Holder:
    def __init__(self):
        self.fn = double

    def meth(self, x):
        return x + 1


def calls(callees):
    out = []
    for c in callees:
        try:
            out.append(c(21))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def method_calls(objs):
    out = []
    for o in objs:
        try:
            out.append(o.fn(4))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def descriptor_calls(objs):
    out = []
    for o in objs:
        try:
            out.append((o.__add__(1), o.bit_length()))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def gen(n):
    yield from range(n)


async def coro():
    return 1


def iterate(makers):
    out = []
    for make in makers:
        obj = make()
        try:
            total = 0
            for v in obj:
                total += v
            out.append(total)
        except TypeError as e:
            out.append("TypeError: " + str(e))
        finally:
            if hasattr(obj, "close"):
                obj.close()
    return out


floats = [(1.5, 0.5), (2.0, 4.0)] * 12
print(arith(floats)[:2])
print(arith(floats + [(F(1.5), 2.0), (1.5, F(2.0)), (3, 0.5), (0.5, 3), (True, 0.25),
                     (1.0, 0.0), (1.0, None), ("a", 1.0), (2**60, 0.5)])[-9:])

seqs = [[1, 2, 3], (4, 5, 6)] * 12
print(subscripts(seqs)[:2])
print(subscripts(seqs + [L([9, 8]), T((7, 6)), {0: "zero", -1: "minus"}, D(), "xyz",
                         [], None, range(3), b"ab"])[-9:])

print(stores([[0, 1], [5]] * 12)[:2])
print(stores([[0, 1]] * 12 + [L([1, 2]), {}, D(), (1, 2), None, "ab", bytearray(b"x")])[-7:])

pairs = [(1, 2), [3, 4]] * 12
print(unpack(pairs)[:2])
print(unpack(pairs + [T((5, 6)), L([7, 8]), (1, 2, 3), [1], {1: 1, 2: 2}, "ab", None, 3])[-8:])

print(calls([double, abs] * 12)[:2])
print(calls([double] * 20 + [abs, str, len, Holder().meth, (5).__add__, int.bit_length,
                             F, L, print.__call__, None, "s"])[-11:])

h = Holder()
print(method_calls([h] * 20)[:2])
h2 = Holder()
h2.fn = abs
h3 = Holder()
h3.fn = (10).__mul__
h4 = Holder()
h4.fn = None
print(method_calls([h, h2, h3, h4]))

print(descriptor_calls([3] * 20)[:2])
print(descriptor_calls([3, True, 2**70, 1.5, "s", None]))

print(iterate([lambda: gen(4)] * 12)[:2])
print(iterate([lambda: gen(4), lambda: iter([1, 2]), coro, lambda: gen(2)]))

# Once more in the module body, which the loop runs.
c = coro()
try:
    for v in c:
        print(v)
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    iter(coro)
except TypeError as e:
    print("TypeError:", e)


# Class calls: plain classes, a metaclass (with and without its own __call__), a builtin type.
class Meta(type):
    pass


class Counted(type):
    made = 0

    def __call__(cls, *args):
        Counted.made += 1
        return super().__call__(*args)


class Plain:
    def __init__(self, x):
        self.x = x


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x * 2


class WithCall(metaclass=Counted):
    def __init__(self, x):
        self.x = x * 3


def make(classes):
    out = []
    for c in classes:
        try:
            o = c(5)
            out.append(getattr(o, "x", o))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(make([Plain] * 20)[:2])
print(make([Plain, WithMeta, WithCall, int, Meta, list]), Counted.made)
