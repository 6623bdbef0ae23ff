from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Hashable, Sized, Container, Callable, Generator, Collection, Reversible)
from collections import deque, OrderedDict, Counter, defaultdict

vals = [[1], (1,), 'str', {1: 2}, {1}, frozenset(), 5, 2.0, None, len, iter([]), (x for x in []), deque(), range(3)]
names = ['list', 'tuple', 'str', 'dict', 'set', 'frozenset', 'int', 'float', 'None', 'len', 'iter', 'gen', 'deque', 'range']
abcs = [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Sized, Container, Callable, Generator]
print(' ' * 10 + ' '.join(a.__name__[:5] for a in abcs))
for n, v in zip(names, vals):
    print('%-10s' % n + ' '.join('%5s' % ('T' if isinstance(v, a) else '.') for a in abcs))
print(issubclass(OrderedDict, MutableMapping), issubclass(Counter, Mapping), issubclass(defaultdict, dict))

class Bag(MutableSet):
    def __init__(self, items=()):
        self._d = {}
        for i in items:
            self.add(i)
    def __contains__(self, x):
        return x in self._d
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def add(self, x):
        self._d[x] = True
    def discard(self, x):
        self._d.pop(x, None)
    def __repr__(self):
        return 'Bag(%r)' % list(self._d)

b = Bag([3, 1, 2])
print(b, len(b), 2 in b, b | Bag([9]), b & Bag([1, 5]), b - Bag([1]), b <= Bag([1, 2, 3, 4]), b.isdisjoint([7]))
b.remove(3); print(b)
try:
    b.remove(42)
except KeyError as e:
    print(type(e).__name__, e)

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(6)
print(list(s), s[3], 16 in s, s.index(9), s.count(4), list(reversed(s)), isinstance(s, Reversible))

class Cfg(Mapping):
    def __init__(self, **kw):
        self._kw = kw
    def __getitem__(self, k):
        return self._kw[k]
    def __iter__(self):
        return iter(self._kw)
    def __len__(self):
        return len(self._kw)
c = Cfg(a=1, b=2)
print(c.get('a'), c.get('z', 0), sorted(c.keys()), sorted(c.items()), list(c.values()), 'a' in c, c == {'a': 1, 'b': 2})

class Incomplete(Sequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
class Gen:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(Gen(), Iterator), isinstance(Gen(), Collection), issubclass(Gen, Iterable))
