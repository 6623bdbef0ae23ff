class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)], seq[Idx(2):Idx(5)], 'abcdef'[Idx(1)], (1, 2, 3)[Idx(0)])
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), range(Idx(3))[-1], [0] * Idx(3), 'ab' * Idx(2))
print(int(Idx(9)), Idx(4).__index__())


class BadIdx:
    def __index__(self):
        return 'x'


try:
    seq[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    seq['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    seq[1.5]
except TypeError as e:
    print(type(e).__name__, e)


class Conv:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1j


c = Conv()
print(int(c), float(c), complex(c))
try:
    seq[c]
except TypeError as e:
    print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return 'nope'


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)


class OnlyIndex:
    def __index__(self):
        return 12


print(int(OnlyIndex()), float(OnlyIndex()))


class Rounder:
    def __round__(self, n=None):
        return ('round', n)

    def __trunc__(self):
        return 7

    def __floor__(self):
        return 'floor'

    def __ceil__(self):
        return 'ceil'


import math
print(round(Rounder()), round(Rounder(), 2), math.trunc(Rounder()), math.floor(Rounder()), math.ceil(Rounder()))
