class Named:
    def __init__(self, *a, name='?', **k):
        super().__init__(*a, **k)
        self.name = name


class NamedList(Named, list):
    pass


nl = NamedList([1, 2, 3], name='nums')
print(nl, nl.name, len(nl), sum(nl), isinstance(nl, list), [c.__name__ for c in NamedList.__mro__])


class NamedDict(Named, dict):
    pass


nd = NamedDict({'a': 1}, name='d')
nd['b'] = 2
print(sorted(nd.items()), nd.name)


class Ex(Named, Exception):
    pass


try:
    raise Ex('boom', name='custom')
except Exception as e:
    print(type(e).__name__, e, e.name, e.args)


class TrackedInt(int):
    created = []

    def __new__(cls, v):
        obj = super().__new__(cls, v)
        cls.created.append(int(obj))
        return obj


print(TrackedInt(3) + TrackedInt(4), TrackedInt.created)
