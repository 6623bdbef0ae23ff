import copy

class Tracked:
    copies = 0
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.data, memo))
    def __repr__(self):
        return 'Tracked(%r)' % (self.data,)

t = Tracked([1, [2]])
s = copy.copy(t)
d = copy.deepcopy(t)
print(s, d, s.data is t.data, d.data is t.data, d.data[1] is t.data[1], Tracked.copies)
print(copy.deepcopy([t, t]), Tracked.copies)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point([1], {'k': 2})
pc, pd = copy.copy(p), copy.deepcopy(p)
p.x.append(9)
print(pc, pd, type(pd).__name__, pc.__dict__ is p.__dict__)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a, self.b = a, b
s = Slotted([1], 'x')
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.a is s.a, type(s2).__name__)

class WithState:
    def __init__(self):
        self.value = 1
        self.cache = {'big': 'data'}
    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}
w = copy.deepcopy(WithState())
print(w.value, w.cache)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
r = copy.copy(Reduced(5, 6))
print(r.a, r.b, type(r).__name__)
