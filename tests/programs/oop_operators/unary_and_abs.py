class U:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return U(-self.v)

    def __pos__(self):
        return U(abs(self.v))

    def __invert__(self):
        return U(~self.v)

    def __abs__(self):
        return abs(self.v) * 100

    def __repr__(self):
        return 'U(%d)' % self.v


u = U(5)
print(-u, +U(-3), ~u, abs(U(-2)), -(-u), --u, not u)


class NegReturnsOther:
    def __neg__(self):
        return 'negated'


print(-NegReturnsOther())


class NoUnary:
    pass


for op, f in [('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x), ('abs', abs)]:
    try:
        f(NoUnary())
    except TypeError as e:
        print(op, type(e).__name__, e)
print(-True, +False, ~True, abs(-2.5), -(2 ** 70), ~0)


class I(int):
    def __neg__(self):
        return 'custom neg'


print(-I(3), +I(3), ~I(3), abs(I(-3)))
