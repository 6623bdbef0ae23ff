# Keys: user classes with __hash__/__eq__, unhashable keys, equal keys of different types.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x},{self.y})'
d = {P(1, 2): 'a'}
d[P(1, 2)] = 'b'
d[P(2, 1)] = 'c'
print(d, P(1, 2) in d, len(d))
class NoHash:
    __hash__ = None
for key in [[1], {1: 2}, {1}, NoHash(), (1, [2])]:
    try:
        {key: 1}
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(key in {})
    except TypeError as e:
        print(type(e).__name__, e)
e = {1: 'a'}
e[1.0] = 'b'
e[True] = 'c'
print(e, {0: 'x', False: 'y', 0.0: 'z'}, {-0.0: 1, 0: 2})
class Eq:
    def __eq__(self, o):
        return True
try:
    {Eq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
