class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Num(%r)' % self.v

    def __add__(self, o):
        print('  Num.__add__')
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print('  Num.__radd__')
        if isinstance(o, int):
            return Num(o + self.v)
        return NotImplemented

    def __rsub__(self, o):
        return Num(o - self.v)

    def __rtruediv__(self, o):
        return Num(o / self.v)

    def __rfloordiv__(self, o):
        return Num(o // self.v)

    def __rmod__(self, o):
        return Num(o % self.v)

    def __rpow__(self, o):
        return Num(o ** self.v)

    def __rlshift__(self, o):
        return Num(o << self.v)

    def __rrshift__(self, o):
        return Num(o >> self.v)

    def __rand__(self, o):
        return Num(o & self.v)

    def __ror__(self, o):
        return Num(o | self.v)

    def __rxor__(self, o):
        return Num(o ^ self.v)

    def __rmatmul__(self, o):
        return Num(('rmatmul', o))

    def __rdivmod__(self, o):
        return Num(divmod(o, self.v))


n = Num(3)
print(n + 1)
print(1 + n)
print(n + n)
print(10 - n, 10 / n, 10 // n, 10 % n, 2 ** n, 1 << n, 64 >> n, 6 & n, 4 | n, 5 ^ n)
print([1] @ n, divmod(10, n))
try:
    n + 'x'
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Num):
    def __radd__(self, o):
        print('  Sub.__radd__ first')
        return Sub(('sub', o.v if isinstance(o, Num) else o))

    def __repr__(self):
        return 'Sub(%r)' % (self.v,)


print(Num(1) + Sub(2))
print(Sub(2) + Num(1))


class Both:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented


try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + Both()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Both() - 1
except TypeError as e:
    print(type(e).__name__, e)
