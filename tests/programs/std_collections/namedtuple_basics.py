from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p), tuple(p))
print(Point._fields, Point.__name__, Point.__module__, Point.__doc__)
print(p._asdict(), p._replace(y=10), Point._make([7, 8]), Point._make(range(2)))
print(p == (3, 4), p == Point(3, 4), hash(p) == hash(Point(3, 4)), p < Point(3, 5))
x, y = p
print(x + y, sum(p), max(p), p.count(3), p.index(4))
print(isinstance(p, tuple), type(p).__mro__[1].__name__)
print(Point(y=1, x=2), Point(*[5, 6]), Point(**{'x': 0, 'y': 0}))

Color = namedtuple('Color', 'red green blue')
Pixel = namedtuple('Pixel', 'x, y, color', defaults=[Color(0, 0, 0)])
print(Pixel(1, 2), Pixel._field_defaults, Pixel.__new__.__defaults__)
Opt = namedtuple('Opt', 'a b c', defaults=(2, 3))
print(Opt(1), Opt(1, 5), Opt._field_defaults)

R = namedtuple('R', ['abc', 'def', 'ghi', '_x', 'abc'], rename=True)
print(R._fields)
One = namedtuple('One', 'only')
print(One(1), One._make([2]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)

for args in [('P', 'a a'), ('P', 'a _b'), ('P', 'class x'), ('1P', 'a'), ('P', 'a-b')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point._make([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    namedtuple('T', 'a b', defaults=(1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
