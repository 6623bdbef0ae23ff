class Temp:
    def __init__(self):
        self._c = 0.0

    def get_c(self):
        "Celsius"
        return self._c

    celsius = property(get_c)

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temp()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
print(Temp.celsius.__doc__)

# getter() replaces a getter-derived doc, keeps an explicit one
def g2(self):
    "new getter doc"
    return 'g2'
p1 = Temp.celsius.getter(g2)
print(p1.__doc__, p1.fset is Temp.celsius.fset)
p2 = property(Temp.get_c, None, None, 'explicit').getter(g2)
print(p2.__doc__)
p3 = Temp.celsius.setter(None)
print(p3.fset is Temp.celsius.fset, p3.fget is Temp.get_c)
print(Temp.celsius is not p1)

class Base:
    @property
    def value(self):
        return 'base'
class Derived(Base):
    @Base.value.getter
    def value(self):
        return 'derived+' + Base.value.fget(self)
print(Base().value, Derived().value)

# property with __set_name__ naming and copies keeping the name
class N:
    def f(self):
        return 1
    a = property(f)
    b = a.setter(None)
try:
    N().b = 1
except AttributeError as e:
    print(e)
q = property(lambda self: 1)
q.__set_name__(N, 'manual')
try:
    q.__set__(N(), 1)
except AttributeError as e:
    print(e)
