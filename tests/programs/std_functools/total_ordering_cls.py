from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'Version(%s)' % '.'.join(map(str, self.parts))

a, b, c = Version('1.2'), Version('1.10'), Version('1.2.0')
print(a < b, a <= b, a > b, a >= b, a == Version('1.2'), a != b)
print(b > a, b >= a, c > a, c >= a)
vs = [Version(s) for s in ['2.0', '1.0.1', '1.10', '1.2', '0.9']]
print(sorted(vs))
print(max(vs), min(vs))

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(Desc(1) < Desc(2), Desc(1) <= Desc(1), Desc(3) >= Desc(2))

@total_ordering
class LeOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __le__(self, o):
        return self.v <= o.v
print(LeOnly(1) < LeOnly(2), LeOnly(2) > LeOnly(1), LeOnly(2) >= LeOnly(2))

try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= 'x'
except TypeError as e:
    print(type(e).__name__, e)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
print(Version.__gt__.__name__, Version.__ge__.__name__)
