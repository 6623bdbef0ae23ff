# round() and math.trunc/floor/ceil dispatch to __round__, __trunc__, __floor__, __ceil__.
import math


class Num:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        return ("round", self.v, ndigits)

    def __trunc__(self):
        return ("trunc", self.v)

    def __floor__(self):
        return ("floor", self.v)

    def __ceil__(self):
        return ("ceil", self.v)


n = Num(2.5)
print(round(n), round(n, 1), round(n, ndigits=None), math.trunc(n), math.floor(n), math.ceil(n))


class FloatOnly:
    def __float__(self):
        return 3.7


print(math.floor(FloatOnly()), math.ceil(FloatOnly()))


def check(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)


class Nothing:
    pass


check("round", lambda: round(Nothing()))
check("round digits", lambda: round(Nothing(), 2))
check("trunc", lambda: math.trunc(Nothing()))
check("floor", lambda: math.floor(Nothing()))
check("ceil", lambda: math.ceil(Nothing()))
check("round str", lambda: round("1.5"))
check("round float digits", lambda: round(1.5, 1.0))
check("int()", lambda: int(Nothing()))
check("float()", lambda: float(Nothing()))
check("complex()", lambda: complex(Nothing()))


class IntViaIndex:
    def __index__(self):
        return 7


check("int via __index__", lambda: int(IntViaIndex()))
check("float via __index__", lambda: float(IntViaIndex()))


class BadInt:
    def __int__(self):
        return "x"


class BadFloat:
    def __float__(self):
        return 1


check("bad __int__", lambda: int(BadInt()))
check("bad __float__", lambda: float(BadFloat()))
print(round(7.5), round(8.5), round(-0.5), round(2.675, 2), round(1234, -2), type(round(2.5, None)).__name__)
print(math.trunc(-3.9), math.floor(-3.1), math.ceil(-3.9), math.floor(5), math.ceil(True))


class SubFloat(float):
    def __floor__(self):
        return "custom floor"


print(math.floor(SubFloat(1.5)), round(SubFloat(1.25), 1))


class Absolute:
    def __abs__(self):
        return "abs!"

    def __neg__(self):
        return "neg!"

    def __pos__(self):
        return "pos!"

    def __invert__(self):
        return "inv!"


a = Absolute()
print(abs(a), -a, +a, ~a)
check("abs", lambda: abs(Nothing()))
check("neg", lambda: -Nothing())
check("invert", lambda: ~Nothing())
check("invert float", lambda: ~1.5)
