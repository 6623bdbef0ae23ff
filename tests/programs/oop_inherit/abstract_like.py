class Shape:
    sides = None

    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')

    def describe(self):
        return '%s sides=%s area=%s' % (type(self).__name__, self.sides, self.area())


class Square(Shape):
    sides = 4

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


class Blob(Shape):
    pass


for sh in [Square(3), Triangle(4, 5), Blob()]:
    try:
        print(sh.describe())
    except NotImplementedError as e:
        print('not implemented:', e)
print([type(s).__name__ for s in sorted([Square(3), Triangle(4, 5), Square(1)], key=lambda s: s.area())])
print(all(isinstance(s, Shape) for s in [Square(1), Blob()]), Square.__mro__[1] is Shape)


class Template:
    def run(self):
        return [self.step1(), self.step2(), self.hook()]

    def step1(self):
        return 'base1'

    def step2(self):
        return 'base2'

    def hook(self):
        return None


class Custom(Template):
    def step2(self):
        return 'custom2+' + super().step2()

    def hook(self):
        return 'hooked'


print(Template().run(), Custom().run())
