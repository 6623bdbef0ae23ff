class Shape:
    count = 0

    def __init__(self, name, **kw):
        Shape.count += 1
        self.name = name
        super().__init__(**kw)

    def area(self):
        raise NotImplementedError('%s must define area' % type(self).__name__)

    def describe(self):
        return '%s with area %.2f' % (self.name, self.area())


class Colored:
    def __init__(self, color='black', **kw):
        self.color = color
        super().__init__(**kw)


class Rect(Shape):
    def __init__(self, w, h, **kw):
        super().__init__('rect', **kw)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side, **kw):
        super().__init__(side, side, **kw)
        self.name = 'square'


class ColoredSquare(Square, Colored):
    pass


print(Rect(2, 3).describe(), Square(4).describe())
cs = ColoredSquare(2, color='red')
print(cs.describe(), cs.color, Shape.count)
print([k.__name__ for k in ColoredSquare.__mro__])
try:
    Shape('blob').describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    ColoredSquare(1, colour='x')
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(cs, Colored), issubclass(ColoredSquare, Rect), Square.__base__.__name__)
