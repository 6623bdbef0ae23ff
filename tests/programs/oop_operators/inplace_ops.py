class Acc:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, o):
        print('iadd', o)
        self.items.extend(o)
        return self

    def __add__(self, o):
        print('add', o)
        return Acc(self.items + list(o))

    def __isub__(self, o):
        self.items = [x for x in self.items if x not in o]
        return self

    def __imul__(self, k):
        self.items = self.items * k
        return self

    def __repr__(self):
        return 'Acc(%r)' % self.items


a = Acc([1])
orig = a
a += [2, 3]
print(a, a is orig)
a -= [2]
print(a)
a *= 2
print(a, a is orig)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)

    def __repr__(self):
        return 'OnlyAdd(%r)' % self.v


b = OnlyAdd(1)
keep = b
b += 5
print(b, keep, b is keep)


class NotImplInplace:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print('iadd declines')
        return NotImplemented

    def __add__(self, o):
        print('falls back to add')
        return NotImplInplace(self.v + o)


c = NotImplInplace(1)
c += 2
print(c.v)


class RadOnly:
    def __radd__(self, o):
        return 'radd got %r' % (o,)


x = 5
x += RadOnly()
print(x)
lst = [1]
lst += (2, 3)
print(lst)
t = (1,)
t += (2,)
print(t)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
d = {'a': 1}
d |= {'b': 2}
print(d)
y = 'ab'
try:
    y -= 'b'
except TypeError as e:
    print(type(e).__name__, e)
z = OnlyAdd(1)
try:
    z *= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z **= 2
except TypeError as e:
    print(type(e).__name__, e)
