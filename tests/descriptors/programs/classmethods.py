class C:
    count = 0

    @classmethod
    def make(cls, *args):
        "Make one."
        cls.count += 1
        return cls, args

    @classmethod
    def name(cls):
        return cls.__name__

class D(C):
    pass

print(C.make(1), C().make(2))
print(D.make(), D().make(3))
print(C.count, D.count)
print(C.name(), D.name(), D().name())
cm = C.__dict__['make']
print(type(cm).__name__, type(cm) is classmethod)
print(cm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(cm.__name__, cm.__qualname__, cm.__doc__)
print(cm.__isabstractmethod__)
print(repr(cm).startswith('<classmethod(<function C.make at 0x'))
bm = C.make
print(type(bm).__name__, bm.__self__ is C, bm.__func__ is cm.__func__)
print(D().name.__self__ is D)
print(cm.__get__(None, D)(), cm.__get__(D())())
try:
    cm.__get__(None, None)
except TypeError as e:
    print('TypeError', e)
try:
    cm()
except TypeError as e:
    print('TypeError', e)

# classmethod over a builtin callable and over another callable object
class E:
    f = classmethod(len)
class Callable:
    def __call__(self, *a):
        return a
class F:
    g = classmethod(Callable())
print(F.g(1)[0] is F, F().g()[0] is F)
try:
    E.f()
except TypeError as e:
    print('TypeError', e)

# alternate constructor pattern
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.x}, {self.y})'
class Point3(Point):
    pass
print(Point.origin(), Point3.origin(), Point(1, 2).origin())

# __init_subclass__ and __class_getitem__ are implicit classmethods
class Reg:
    seen = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Reg.seen.append((cls.__name__, tag))
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class R1(Reg, tag='one'):
    pass
class R2(R1):
    pass
print(Reg.seen, R2[int])
print(type(Reg.__dict__['__init_subclass__']).__name__, type(Reg.__dict__['__class_getitem__']).__name__)
class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
print(type(WithNew.__dict__['__new__']).__name__, WithNew(4).v)
