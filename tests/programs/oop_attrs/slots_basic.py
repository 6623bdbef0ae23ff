class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, P.__slots__, type(P.x).__name__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, 'y'), getattr(p, 'y', 'gone'))
print(sorted(k for k in P.__dict__ if not k.startswith('__')))
print('__dict__' in dir(p), '__weakref__' in P.__dict__)


class Q(P):
    pass


q = Q(1, 2)
q.extra = 'ok'
print(q.extra, vars(q), q.x)


class R(P):
    __slots__ = ('w',)


r = R(1, 2)
r.w = 3
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = 'only'


s = Single()
s.only = 'one'
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = ('1a',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadSlot2:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)


class Private:
    __slots__ = ('__hidden',)

    def __init__(self):
        self.__hidden = 'h'

    def get(self):
        return self.__hidden


print(Private().get(), [k for k in Private.__dict__ if 'hidden' in k])
print(P.x, R.w)
