class Singleton:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.made = 0
        cls._inst.made += 1
        return cls._inst


a = Singleton()
b = Singleton()
print(a is b, a.made)


class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))


p = Positive(-5)
print(p, type(p).__name__, p + 1, isinstance(p, int))


class Other:
    pass


class Factory:
    def __new__(cls, kind):
        if kind == 'other':
            return Other()
        return object.__new__(cls)

    def __init__(self, kind):
        print('init called with', kind)
        self.kind = kind


f = Factory('mine')
print(type(f).__name__, f.kind)
o = Factory('other')
print(type(o).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]


pt = Point(3, 4)
print(pt, pt.x, pt.y, len(pt), pt == (3, 4), type(pt).__name__)


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())


u = Upper('hello')
print(u, len(u), u + '!', type(u).__name__, u.lower())


class WithArgs:
    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls)
        inst.args = args
        inst.kwargs = kwargs
        return inst

    def __init__(self, *args, **kwargs):
        pass


w = WithArgs(1, 2, k=3)
print(w.args, w.kwargs)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
