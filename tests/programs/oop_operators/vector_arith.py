class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x - o.x, self.y - o.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k, mod=None):
        if mod is None:
            return Vec(self.x ** k, self.y ** k)
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x

    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)

    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)

    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)

    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)

    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)

    def __divmod__(self, k):
        return (self // k, self % k)


a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, 3 * a, a * b, a / 2, a // 2, a % 2)
print(a ** 2, pow(a, 2, 5), -a, +a, abs(a), ~a, a @ b)
print(a << 2, a >> 1, a & b, a | b, a ^ b, divmod(a, 2))
print(a * 1.5, 0.5 * a)
print(sum([a, b, Vec(10, 10)], Vec(0, 0)))
