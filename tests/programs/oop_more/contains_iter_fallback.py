# `in` uses __contains__, else iterates with __iter__, else the old __getitem__ protocol.

class WithContains:
    def __contains__(self, item):
        print("contains", item)
        return item == 1


class WithIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class ContainsNonBool:
    def __contains__(self, item):
        return [item]


class ContainsNone:
    __contains__ = None


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


print(1 in WithContains(), 5 not in WithContains())
print(2 in WithIter(), 7 in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem(), list(WithGetitem()))
print(3 in ContainsNonBool(), 3 not in ContainsNonBool())
for obj in (ContainsNone(), IterNone(), 5, object()):
    try:
        print(1 in obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)


class Infinite:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1


print(100 in Infinite())


class RaisingIter:
    def __iter__(self):
        yield 1
        raise ValueError("stopped early")


try:
    5 in RaisingIter()
except ValueError as e:
    print("ValueError:", e)


class Eq:
    def __eq__(self, other):
        return other == "match"


print("match" in [Eq()], "other" in (Eq(),))


class Reversible:
    def __init__(self, items):
        self.items = items

    def __reversed__(self):
        return iter(self.items[::-1] + ["(custom)"])


class SeqOnly:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]


print(list(reversed(Reversible([1, 2]))), list(reversed(SeqOnly())))
for obj in (object(), {1: 2}.keys() if False else 5, iter([1])):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)


class ReversedNone:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(ReversedNone())
except TypeError as e:
    print("TypeError:", e)


class LenOnly:
    def __len__(self):
        return 2


try:
    reversed(LenOnly())
except TypeError as e:
    print("TypeError:", e)
