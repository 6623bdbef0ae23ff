class Base:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print('Base setter', v)
        self._x = v


class Child(Base):
    @Base.x.setter
    def x(self, v):
        print('Child setter', v)
        Base.x.fset(self, v * 2)


class GetterOverride(Base):
    @property
    def x(self):
        return 'override ' + str(super().x)


c = Child()
c.x = 5
print(c.x)
g = GetterOverride()
print(g.x)
try:
    g.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Base.x is not Child.x, Child.x.fget is Base.x.fget)


class Computed:
    def __init__(self, items):
        self.items = items

    @property
    def total(self):
        return sum(self.items)

    @property
    def mean(self):
        return self.total / len(self.items)


cp = Computed([1, 2, 3, 6])
print(cp.total, cp.mean)
cp.items.append(8)
print(cp.total, cp.mean)


class Lazy:
    calls = 0

    @property
    def expensive(self):
        if '_cache' not in self.__dict__:
            Lazy.calls += 1
            self.__dict__['_cache'] = 'computed'
        return self._cache


lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.calls)
p = property(lambda self: 'lam')
print(p.getter(lambda self: 'new').fget(None), p.setter(None).fset, type(p.deleter(print)).__name__)
