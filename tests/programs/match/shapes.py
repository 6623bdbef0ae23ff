# Class patterns: __match_args__, keyword sub-patterns, nesting, builtins matching themselves.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r

class Rect:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {shape}"
        case Circle(Point(0, 0), r):
            return f"centred circle r={r}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r):
            return f"circle at {c} r={r}"
        case Rect(a=Point(x1, y1), b=Point(x2, y2)):
            return f"rect {abs(x2 - x1) * abs(y2 - y1)}"
        case [Point(), *rest]:
            return f"polyline of {1 + len(rest)}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"text {s.upper()}"
        case bool(b):
            return "unreachable: bools are ints"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return "unknown"

tests = [Point(0, 0), Point(3, 0), Point(0, 4), Point(5, 5), Point(1, 2),
         Circle(Point(0, 0), 2), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2),
         Rect(Point(0, 0), Point(3, 4)), Rect(1, 2), [Point(1, 1), Point(2, 2), Point(3, 3)],
         -5, 7, 2.5, True, "abc", {"a": 1}, (1, 2), (1, 2, 3), object]
for t in tests:
    print(describe(t))
