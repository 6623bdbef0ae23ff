class Empty:
    def __len__(self):
        return 0


class Full:
    def __len__(self):
        return 3


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Plain:
    pass


for o in (Empty(), Full(), Truthy(), Plain()):
    print(type(o).__name__, bool(o), 'yes' if o else 'no', not o)
print(len(Full()), len(Empty()))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class NegLen:
    def __len__(self):
        return -1


try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)


class StrLen:
    def __len__(self):
        return '3'


try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)


class BigLen:
    def __len__(self):
        return 2 ** 70


try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)


class Counter:
    def __init__(self):
        self.n = 0

    def __bool__(self):
        self.n += 1
        return self.n < 3


c = Counter()
while c:
    print('loop', c.n)
print(Full() and 'and', Empty() or 'or', [x for x in [Empty(), Full()] if x][0].__class__.__name__)
print(any([Empty(), Full()]), all([Full(), Empty()]))


class BoolNone:
    __bool__ = None


try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
