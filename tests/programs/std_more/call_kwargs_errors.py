# Errors from ** unpacking in calls: non-string keys, non-mappings, duplicates (CPython 3.11 wording).
def f(a=0, **k):
    return a, k


class Keys:
    def __init__(self, keys):
        self._keys = keys

    def keys(self):
        return self._keys

    def __getitem__(self, k):
        return str(k) * 2


calls = {
    'int key': lambda: f(**{1: 2}),
    'int key with str': lambda: f(**{'x': 1, 2: 3}),
    'mapping int key': lambda: f(**Keys([1])),
    'mapping ok': lambda: f(**Keys(['a', 'b'])),
    'two dicts int key': lambda: f(**{'a': 1}, **{1: 2}),
    'kw then int key': lambda: f(x=1, **{1: 2}),
    'builtin int key': lambda: len(**{1: 2}),
    'dict() int key': lambda: dict(**{1: 2}),
    'print int key': lambda: print(**{1: 2}),
    'list not mapping': lambda: f(**[1]),
    'None not mapping': lambda: f(**None),
    'second not mapping': lambda: f(**{'a': 1}, **[]),
    'dup keyword': lambda: f(**{'a': 1}, **{'a': 2}),
    'dup kw and dict': lambda: f(**{'a': 1}, a=3),
    'dup positional': lambda: f(1, **{'a': 2}),
    'dup int key': lambda: f(**{1: 2}, **{1: 3}),
    'dup via mapping': lambda: f(**{'b': 0}, **Keys(['b'])),
    'star not iterable': lambda: f(*1),
}
for name, call in calls.items():
    try:
        print(name, '->', call())
    except TypeError as e:
        print(name, '-> TypeError:', e)
f(**{'ok': 1}, **{None: 2})
