class Default(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


d = Default(list, a=[1])
d['b'].append(2)
d['a'].append(3)
print(sorted(d.items()), type(d).__name__, isinstance(d, dict), d.get('zz'), 'zz' in d)


class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())


lo = Lower()
lo['KEY'] = 1
lo['Other'] = 2
print(lo['key'], lo['KEY'], 'kEy' in lo, sorted(lo), lo)


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for x in items:
            self[x] += 1
        return self


c = Counter().add('abracadabra')
print(sorted(c.items()), c['z'], len(c))


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, v):
        self[name] = v


a = Attr(x=1)
a.y = 2
print(a.x, a.y, a)
try:
    a.zz
except AttributeError as e:
    print(type(e).__name__, e)
print(dict(a), Attr.fromkeys('ab', 0))
try:
    Default(list)['k'] + 1
except TypeError as e:
    print(type(e).__name__, e)
