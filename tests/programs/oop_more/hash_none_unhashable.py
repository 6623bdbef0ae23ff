# Unhashable classes: __hash__ = None, __eq__ without __hash__, and inheritance of both.

class Eq:
    def __eq__(self, other):
        return True


class EqHash:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


class SubOfEqHash(EqHash):
    pass


class SubEqOnly(EqHash):
    def __eq__(self, other):
        return False


class Explicit:
    __hash__ = None


class Restored(Eq):
    __hash__ = object.__hash__


def try_hash(obj):
    try:
        h = hash(obj)
        print(type(obj).__name__, "hashable", h if isinstance(h, int) and h < 100 else "id-based")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)


for o in [Eq(), EqHash(), SubOfEqHash(), SubEqOnly(), Explicit(), Restored()]:
    try_hash(o)

print(Eq.__hash__, Explicit.__hash__, EqHash.__hash__ is SubOfEqHash.__hash__)

for container in [set, frozenset]:
    try:
        container([Eq()])
    except TypeError as e:
        print(container.__name__, "TypeError:", e)
try:
    {Explicit(): 1}
except TypeError as e:
    print("dict TypeError:", e)
try:
    {}.get(Eq())
except TypeError as e:
    print("get TypeError:", e)
try:
    Eq() in {1, 2}
except TypeError as e:
    print("in TypeError:", e)
print(Eq() in [1, 2])

import collections.abc
print(isinstance(Eq(), collections.abc.Hashable), isinstance(EqHash(), collections.abc.Hashable))


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class MinusOne:
    def __hash__(self):
        return -1


print(hash(MinusOne()))
for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
