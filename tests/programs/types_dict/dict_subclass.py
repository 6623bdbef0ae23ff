# dict subclasses: __missing__, overriding __getitem__/__setitem__, repr, and dict() from mappings.
class Default(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
d = Default()
d['a'].append(1)
d['b'].append(2)
d['a'].append(3)
print(d, type(d).__name__, isinstance(d, dict), d.get('zz'), 'zz' in d)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['x'] = 1
print(u, dict(u), Upper(y=2))
class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()), {**Mapping()} if False else '', {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(**kw):
    return kw
print(f(**Mapping()) if False else f(**{'k': 1}), dict(**{'z': 0}))
