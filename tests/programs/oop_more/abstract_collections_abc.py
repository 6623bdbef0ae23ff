# collections.abc bases refuse instantiation until their abstract methods are defined.
import collections.abc as cabc
for cls in (cabc.Mapping, cabc.Iterable, cabc.Sequence, cabc.MutableMapping, cabc.Hashable, cabc.Sized):
    try: cls()
    except TypeError as e: print(e)
class MyMap(cabc.Mapping):
    def __init__(self): self.d = {'a': 1}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap()
print(dict(m), m.get('z', 0), 'a' in m, list(m.items()), m == {'a': 1})
class Half(cabc.Sequence):
    def __len__(self): return 0
try: Half()
except TypeError as e: print(e)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(MyMap, cabc.Collection))
