from dataclasses import dataclass, field, fields, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p.x, p.y, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], [f.default for f in fields(Point)][1:])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(5), Point.__match_args__)
print(Point.__doc__, Point.__hash__)
p.x = 10
print(p)
print(Point.__dataclass_params__.eq, Point.__dataclass_params__.frozen, Point.__dataclass_params__.order)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p < Point(2, 2)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass()
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))

@dataclass
class WithMethods:
    name: str
    qty: int = 1
    def total(self, price):
        return self.qty * price
    def __str__(self):
        return '%s x%d' % (self.name, self.qty)
w = WithMethods('pen', 3)
print(w, repr(w), w.total(2.5), str(w))
