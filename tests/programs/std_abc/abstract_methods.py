from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return '%s area=%.2f perimeter=%.2f' % (type(self).__name__, self.area(), self.perimeter())

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class HalfDone(Shape):
    def area(self):
        return 0

for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Rect(2, 3).describe(), Square(4).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Rect.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))
shapes = [Rect(1, 2), Square(3), Rect(5, 0.5)]
print([round(s.area(), 1) for s in sorted(shapes, key=lambda s: s.area())])

class Base(ABC):
    @abstractmethod
    def run(self):
        return 'base default'
class Impl(Base):
    def run(self):
        return 'impl + ' + super().run()
print(Impl().run())
class Plain(ABC):
    pass
print(type(Plain()).__name__)
