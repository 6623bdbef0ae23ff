class Lazy:
    def __init__(self):
        self.real = 'here'

    def __getattr__(self, name):
        if name.startswith('computed_'):
            v = name[9:].upper()
            setattr(self, name, v)
            return v
        raise AttributeError('%s has no %s' % (type(self).__name__, name))


z = Lazy()
print(z.real, z.computed_abc, 'computed_abc' in vars(z))
try:
    z.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(z, 'other', 'dflt'), hasattr(z, 'other'), hasattr(z, 'computed_x'))


class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
p.append(9)
print(p._target, p.calls, p.count(9), p.calls)
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)


class PropRaises:
    @property
    def broken(self):
        raise AttributeError('inner failure')

    def __getattr__(self, name):
        return 'fallback for ' + name


print(PropRaises().broken, PropRaises().anything)


class ReturnsNone:
    def __getattr__(self, name):
        return None


print(ReturnsNone().x, hasattr(ReturnsNone(), 'y'))


class RaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    hasattr(RaisesOther(), 'q')
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(RaisesOther(), '__class__').__name__)
