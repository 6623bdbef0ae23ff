from dataclasses import dataclass, field, fields, asdict

@dataclass
class Animal:
    name: str
    legs: int = 4
    def speak(self):
        return '...'

@dataclass
class Dog(Animal):
    breed: str = 'mutt'
    def speak(self):
        return 'woof'

@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

d = Dog('rex', breed='lab')
b = Bird('tweety')
print(d, b, d.speak(), b.speak())
print([f.name for f in fields(Dog)], [f.name for f in fields(Bird)])
print(asdict(b), isinstance(d, Animal), Dog.__mro__[1].__name__)
print(Dog('a') == Animal('a'), Animal('a') == Animal('a'))

class Plain:
    def hello(self):
        return 'hello from plain'

@dataclass
class Mixed(Plain):
    v: int = 0
print(Mixed(3), Mixed().hello())

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'Custom<%d>' % self.a
    def __eq__(self, other):
        return isinstance(other, Custom) and abs(self.a - other.a) < 2
print(Custom(1), Custom(1) == Custom(2), Custom(1) == Custom(5))

@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(t.total(), asdict(t))
