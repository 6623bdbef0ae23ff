class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1)
print(q.x, q.y)
q = p.moved(dy=5, dx=-1)
print(q.x, q.y)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
print(sorted(p.__dict__.items()))
p.z = 10
print(sorted(p.__dict__))
Point.dims = 3
print(p.dims, q.dims)
p.dims = 7
print(p.dims, q.dims, Point.dims)
del p.dims
print(p.dims)
print(type(p) is Point, type(p).__name__, p.__class__ is Point)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
print(Point.norm2(p))
f = p.norm2
print(f(), f.__self__ is p, f.__func__ is Point.norm2)
print(Point.__bases__, Point.__mro__)
print(type(Point), type(type), type(object))
