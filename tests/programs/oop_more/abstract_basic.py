# Abstract classes: object.__new__ refuses a class whose __abstractmethods__ is non-empty.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)


class HalfSquare(Shape):
    def area(self):
        return 4


try:
    HalfSquare()
except TypeError as e:
    print(e)


class Square(HalfSquare):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


s = Square(3)
print(s.describe(), s.perimeter(), Square.__abstractmethods__)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def zeta(self): ...

    @abstractmethod
    def alpha(self): ...

    @abstractmethod
    def mid(self): ...

try:
    Base(1, 2, key=3)
except TypeError as e:
    print(e)


class WithNew(ABC):
    def __new__(cls, *args):
        print("custom __new__", args)
        return super().__new__(cls)

    @abstractmethod
    def run(self): ...

try:
    WithNew(1)
except TypeError as e:
    print(e)


class Prop(ABC):
    @property
    @abstractmethod
    def value(self): ...

try:
    Prop()
except TypeError as e:
    print(e)


class ConcreteProp(Prop):
    @property
    def value(self):
        return 10

print(ConcreteProp().value)
