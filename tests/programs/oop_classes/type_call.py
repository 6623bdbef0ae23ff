def init(self, v):
    self.v = v


T = type('T', (), {'init_called': False, '__init__': init, 'twice': lambda self: self.v * 2})
t = T(21)
print(T.__name__, t.v, t.twice(), T.__bases__, T.__module__)


class Base:
    def hello(self):
        return 'hello from ' + type(self).__name__


U = type('U', (Base,), {'k': 5})
u = U()
print(u.hello(), U.k, U.__mro__[1] is Base, issubclass(U, Base))
print(type(u) is U, type(3), type('s'), type(None), type([]), type(()), type({}))
print(type(1.5).__name__, type(True).__name__, type(type).__name__)
try:
    type('X', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
V = type('V', (int,), {})
print(V(7) + 1, isinstance(V(3), int))
W = type('W', (object,), dict(__doc__='docw'))
print(W.__doc__)
print(type.__name__, type.__mro__, object.__bases__, object.__mro__)
