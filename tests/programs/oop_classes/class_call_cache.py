# Class calls take a cached path for plain classes; every change to the classes must show.
import abc

class P:
    def __init__(self, x):
        self.x = x

def make(n):
    return [P(i).x for i in range(n)]

print(make(3))
P.__init__ = lambda self, x: setattr(self, 'x', -x)
print(make(3))

class Base:
    def __init__(self):
        self.tag = 'base'

class Child(Base):
    pass

print([Child().tag for _ in range(2)])
Base.__init__ = lambda self: setattr(self, 'tag', 'patched')
print([Child().tag for _ in range(2)])

def new(cls, *args):
    o = object.__new__(cls)
    o.made_by_new = True
    return o

Child.__new__ = new
c = Child()
print(c.tag, c.made_by_new)
del Child.__new__
print(hasattr(Child(), 'made_by_new'))

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a
        self.b = b

print([(s.a, s.b) for s in (Slotted(1, 2), Slotted(3, 4))])
try:
    Slotted(1, 2).c = 3
except AttributeError as e:
    print('AttributeError:', e)

class Abstract(abc.ABC):
    def __init__(self):
        pass
    @abc.abstractmethod
    def run(self): ...

for _ in range(2):
    try:
        Abstract()
    except TypeError as e:
        print('TypeError:', e)

class Concrete(Abstract):
    def run(self):
        return 'ran'

print(Concrete().run())

class Gen:
    def __init__(self):
        yield 1

try:
    Gen()
except TypeError as e:
    print('TypeError:', e)

class Returns:
    def __init__(self):
        return 5

try:
    Returns()
except TypeError as e:
    print('TypeError:', e)

class Args:
    def __init__(self, a, b=2, *, c=3):
        self.v = (a, b, c)

print(Args(1).v, Args(1, c=5).v, Args(b=7, a=0).v)
try:
    Args()
except TypeError as e:
    print('TypeError:', e)

class Outer:
    def __init__(self, depth):
        self.inner = Outer(depth - 1) if depth else None
        self.depth = depth

o = Outer(50)
n = 0
while o is not None:
    n += 1
    o = o.inner
print(n)


class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self, n):
        return self.name if n == 0 else self.speak(n - 1)

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name.upper())
    def speak(self, n):
        import sys
        here = sys._getframe()
        r = super().speak(n)
        return (r, here.f_code.co_name, here.f_back.f_code.co_name)

print([Dog('rex').speak(k) for k in range(3)])
