class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata'

class P:
    x = Typed()
    y = Typed()
    nd = NonData()
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def total(self):
        return self.x + self.y
    @staticmethod
    def describe():
        return 'point'
    @classmethod
    def unit(cls):
        return cls(1, 1)

p = P(2, 3)
print(p.x, p.y, p.total, P.unit().total, P.describe())
try:
    p.x = 'bad'
except TypeError as e:
    print('TypeError', e)
print(p.nd)
p.nd = 'instance wins'
print(p.nd, P.nd)
print(isinstance(P.x, Typed))

# property on a class built with type()
def getter(self):
    return self._v * 2
T = type('T', (), {'v': property(getter), '_v': 4, 's': staticmethod(lambda: 'st'), 'c': classmethod(lambda cls: cls.__name__)})
print(T().v, T.s(), T.c(), T().c())

# classmethod wrapping a property (chained descriptors, 3.9-3.12)
class Meta:
    @classmethod
    @property
    def kind(cls):
        return 'kind of ' + cls.__name__
class Sub(Meta):
    pass
print(Meta.kind, Sub.kind, Sub().kind)

# descriptors set on a class after creation
class Late:
    pass
Late.p = property(lambda self: 'late prop')
Late.s = staticmethod(lambda: 'late static')
Late.c = classmethod(lambda cls: 'late class ' + cls.__name__)
print(Late().p, Late.s(), Late().c())
del Late.p
print(hasattr(Late(), 'p'))

# property replaced on subclass and plain attribute shadowing
class Q:
    @property
    def val(self):
        return 1
class Q2(Q):
    val = 5
print(Q().val, Q2().val)
q2 = Q2()
q2.val = 6
print(q2.val)
