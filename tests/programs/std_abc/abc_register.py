from abc import ABC, ABCMeta, abstractmethod

class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

class Circle:
    def draw(self):
        return 'circle'

print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
Drawable.register(Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))

@Drawable.register
class Line:
    pass
print(issubclass(Line, Drawable), Line.__name__)

class Sub(Circle):
    pass
print(issubclass(Sub, Drawable), isinstance(Sub(), Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print(type(e).__name__, e)

class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(isinstance([], Sized2), isinstance(5, Sized2), issubclass(dict, Sized2), issubclass(str, Sized2))

class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @abstractmethod
    def f(self):
        pass
try:
    WithMeta()
except TypeError as e:
    print(type(e).__name__, e)
print(type(WithMeta).__name__, type(Drawable).__name__)
