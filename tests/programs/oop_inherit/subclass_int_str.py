class Flag(int):
    def __repr__(self):
        return 'Flag(%d)' % int(self)

    def __str__(self):
        return 'flag' + int.__str__(self)


f = Flag(5)
print(f, repr(f), f + 1, type(f + 1).__name__, f * 2, f == 5, hash(f) == hash(5), int(f), -f)
print(isinstance(f, int), {f: 'x'}[f], f.bit_length(), f.real, f > 3, sorted([Flag(3), 1, Flag(2)]))


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError('%d is odd' % v)
        return super().__new__(cls, v)

    def __add__(self, o):
        return Even(int(self) + o)


e = Even(4)
print(e + 2, type(e + 2).__name__)
try:
    e + 1
except ValueError as err:
    print(type(err).__name__, err)
try:
    Even(3)
except ValueError as err:
    print(type(err).__name__, err)


class Name(str):
    def greet(self):
        return 'hello ' + self

    def __len__(self):
        return 99


n = Name('bob')
print(n, n.greet(), len(n), n.upper(), type(n.upper()).__name__, n == 'bob', n[0], n + '!')
print('%s|%r' % (n, n), f'{n:>5}', n.startswith('b'), 'o' in n, list(n))


class Fl(float):
    def __repr__(self):
        return 'Fl(%s)' % float.__repr__(self)


x = Fl(2.5)
print(x, x * 2, type(x * 2).__name__, round(x), x.is_integer(), x == 2.5)


class B(bytes):
    pass


print(B(b'ab'), B(b'ab') + b'c', len(B(b'xyz')))


class T(tuple):
    def total(self):
        return sum(self)


t = T((1, 2, 3))
print(t, t.total(), t[1:], type(t[1:]).__name__, t + (4,), len(t), t.count(2))
