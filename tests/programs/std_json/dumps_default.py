import json
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def enc(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError('cannot encode ' + type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}, 1 + 2j], default=enc))
print(json.dumps({'p': Point(0, Point(5, 6))}, default=enc, indent=1))
print(json.dumps(b'raw'.decode(), default=enc))
for v in [object(), b'bytes', Point, range(3)]:
    try:
        json.dumps(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps([bytearray(b'x')], default=enc)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(1j, default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)
