def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ('n', 'd')

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Frac(%d, 0)' % n)
        g = gcd(n, d) or 1
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else NotImplemented

    def __add__(self, o):
        o = Frac.of(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        if o is NotImplemented:
            return o
        return self + Frac(-o.n, o.d)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac.of(o) / self

    def __eq__(self, o):
        o = Frac.of(o)
        if o is NotImplemented:
            return o
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return self.n // self.d

    def __bool__(self):
        return self.n != 0

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __repr__(self):
        return '%d/%d' % (self.n, self.d)


h, t = Frac(1, 2), Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, h + 1, h - 1)
print(h == Frac(2, 4), h == 0.5, h != t, t < h, h <= h, h > t, sorted([h, t, Frac(1, 6)]))
print(float(h), int(Frac(7, 2)), bool(Frac(0)), -h, abs(Frac(-3, 4)), Frac(6, -4))
print(sum([Frac(1, n) for n in range(1, 5)], Frac(0)), {Frac(1, 2), Frac(2, 4)})
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h + 0.5
except TypeError as e:
    print(type(e).__name__, e)
