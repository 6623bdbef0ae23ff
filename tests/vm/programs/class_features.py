class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        Base.registry.append(cls.__name__)
class A(Base):
    pass
class B(Base):
    pass
print(Base.registry)
class Slots:
    def __init__(self):
        self.__private = 1
    def get(self):
        return self.__private
s = Slots()
print(s.get(), s._Slots__private)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Str:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
print(Str(), [Str()], str(Str()), repr(Str()))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(len({Cmp(1), Cmp(1), Cmp(2)}), Cmp(1) in [Cmp(1)])
class Ctx:
    def __getattr__(self, name):
        return "dynamic " + name
print(Ctx().anything)
print(type(A()).__mro__[-1].__name__, A.__bases__[0].__name__, A.__name__, A.__qualname__)
