# ** with custom mappings: keys() then __getitem__ in order, merge order, and dict subclasses.
log = []


class Tracing:
    def __init__(self, data):
        self.data = data

    def keys(self):
        log.append('keys')
        return list(self.data)

    def __getitem__(self, k):
        log.append(f'get {k}')
        return self.data[k]


def show(**kw):
    return kw


print(show(**Tracing({'b': 2, 'a': 1})), log)
log.clear()
print(show(x=0, **Tracing({'y': 1}), z=2, **{'w': 3}), log)


class D(dict):
    def __getitem__(self, k):
        return 'overridden'

    def keys(self):
        return ['only']


print(show(**D(only=1, other=2)))
print(dict(**{'a': 1}, b=2), dict({'c': 3}, **{'d': 4}))
try:
    show(**Tracing({'a': 1}), **{'a': 2})
except TypeError as e:
    print('TypeError:', e)


class NoKeys:
    def __getitem__(self, k):
        return k


try:
    show(**NoKeys())
except TypeError as e:
    print('TypeError:', e)
show(**Tracing({'a': 1}), a=5)
