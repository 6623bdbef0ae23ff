from abc import ABC, abstractmethod
from collections.abc import MutableMapping, Iterable

class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return 'LowerDict(%r)' % self._d

d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d['a'], d.get('B'), 'c' in d, len(d), sorted(d.items()), d.pop('A'), d.setdefault('Z', 26), d)
d.update([('Q', 0)])
print(sorted(d), d == {'b': 2, 'c': 3, 'z': 26, 'q': 0}, d.popitem(), len(d))
d.clear()
print(d, isinstance(d, MutableMapping))

class Serializer(ABC):
    @abstractmethod
    def dumps(self, obj):
        ...
    def dump_all(self, objs: Iterable):
        return [self.dumps(o) for o in objs]

class Reprer(Serializer):
    def dumps(self, obj):
        return repr(obj)
print(Reprer().dump_all([1, 'a', None]))
try:
    class Missing(MutableMapping):
        def __getitem__(self, k):
            return 1
    Missing()
except TypeError as e:
    print(type(e).__name__, e)
