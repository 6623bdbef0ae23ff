class Key:
    def __init__(self, name, ver):
        self.name, self.ver = name, ver

    def __eq__(self, o):
        return isinstance(o, Key) and (self.name, self.ver) == (o.name, o.ver)

    def __hash__(self):
        return hash((self.name, self.ver))

    def __repr__(self):
        return 'Key(%s,%d)' % (self.name, self.ver)


d = {Key('a', 1): 'first'}
d[Key('a', 1)] = 'second'
d[Key('a', 2)] = 'third'
print(len(d), d[Key('a', 1)], sorted(d.values()))
print(Key('a', 2) in d, Key('b', 1) in d, d.get(Key('z', 0), 'none'))
s = {Key('x', 1), Key('x', 1), Key('y', 1)}
print(len(s), Key('y', 1) in s)
s.discard(Key('x', 1))
print(sorted(k.name for k in s))


class NoHash:
    def __eq__(self, o):
        return True


print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)


class InheritsHash(Key):
    pass


print(hash(InheritsHash('a', 1)) == hash(Key('a', 1)), {InheritsHash('a', 1): 1}.get(Key('a', 1)))


class EqOverrideOnly(Key):
    def __eq__(self, o):
        return False


try:
    hash(EqOverrideOnly('a', 1))
except TypeError as e:
    print(type(e).__name__, e)


class HashCounter:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        HashCounter.calls += 1
        return self.v % 3

    def __eq__(self, o):
        return self.v == o.v


hs = {HashCounter(i) for i in range(10)}
print(len(hs), HashCounter.calls >= 10, HashCounter(4) in hs, HashCounter(40) in hs)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BadHash:
    def __hash__(self):
        return 'no'


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(True) == hash(1), {1: 'a', True: 'b'})
