class C:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        "The x value."
        return self._x

    @x.setter
    def x(self, value):
        print('set', value)
        self._x = value

    @x.deleter
    def x(self):
        print('del')
        del self._x

c = C()
print(c.x)
c.x = 42
print(c.x)
del c.x
print(hasattr(c, '_x'))
print(C.x.__doc__)
print(type(C.x).__name__, isinstance(C.x, property))
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
print(C.__dict__['x'] is C.x)
print(c.__dict__)
# a property is a data descriptor: it wins over the instance dict
c.__dict__['x'] = 'shadow'
c.x = 7
print(c.x, c.__dict__['x'])

def getv(self):
    return 'v' + str(id(self) > 0)
def setv(self, v):
    print('setv', v)
class D:
    v = property(getv, setv, None, 'the v doc')
    w = property(fget=getv, doc='w doc')
    z = property()
d = D()
print(d.v, D.v.__doc__, D.w.__doc__, D.z.__doc__)
d.v = 3
print(D.z.fget, D.z.fset, D.z.fdel)
print(D.v.__get__(None, D) is D.v, D.v.__get__(d, D))
D.v.__set__(d, 9)
p = property(getv)
print(p.fget is getv, p.__doc__)
