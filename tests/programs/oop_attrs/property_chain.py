class Temperature:
    def __init__(self, c=0.0):
        self._c = c

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v

    @celsius.deleter
    def celsius(self):
        print('reset')
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)


class ReadOnly:
    @property
    def x(self):
        return 1


r = ReadOnly()
try:
    r.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.x
except AttributeError as e:
    print(type(e).__name__, e)


def getv(self):
    return self._v


def setv(self, v):
    self._v = v * 2


class Classic:
    v = property(getv, setv, None, 'doc for v')


c = Classic()
c.v = 21
print(c.v, Classic.v.__doc__)
print(property().fget, property(getv).fset)
try:
    property()(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Classic.__dict__['v'].__get__(None, Classic) is Classic.v
    print(Classic.__dict__['v'].__get__(c))
except TypeError as e:
    print(type(e).__name__, e)
q = property(lambda s: 'unreadable')
try:
    q.__set__(c, 1)
except AttributeError as e:
    print(type(e).__name__, e)
