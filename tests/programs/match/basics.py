class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y

def f(v):
    match v:
        case 0 | 1:
            return "small"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case None:
            return "none"
        case True:
            return "true"
        case "s" | b"b":
            return "str/bytes " + repr(v)
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if x < y:
            return f"asc {x} {y} {rest}"
        case (x, *_, z):
            return f"ends {x} {z}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case {}:
            return "empty-or-any map"
        case Point(0, y=yy):
            return f"on y axis {yy}"
        case Point(x=px) as p if px > 10:
            return f"far {px} {p.y}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return "string " + s
        case _:
            return "other"

for v in [0, 1, -1, 1+2j, None, True, "s", b"b", [7], [1, 2, 3, 4], [5, 2, 9], (3, 4), {"k": 1, "j": 2}, {"z": 1}, Point(0, 5), Point(11, 3), Point(2, 2), 42, 2.5, "hi", set(), range(3), "ab"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", f(v))

match 3:
    case x:
        print("captured", x)
cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south") as d]:
        print("going", d)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
for v in [{"a": 1}, {"a": 1, "b": 2}]:
    match v:
        case {"a": 1, **rest}:
            print("rest", rest)
