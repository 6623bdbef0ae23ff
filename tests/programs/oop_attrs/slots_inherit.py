class Base:
    __slots__ = ('a',)


class Child(Base):
    __slots__ = ('b',)


class Open(Child):
    pass


c = Child()
c.a, c.b = 1, 2
print(c.a, c.b)
try:
    c.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
o = Open()
o.a, o.b, o.c = 1, 2, 3
print(o.a, o.b, o.c, o.__dict__)
print(sorted(Child.__dict__.keys() - {'__module__', '__doc__'}), '__dict__' in Open.__dict__)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


class WithProp:
    __slots__ = ('_v',)

    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, x):
        self._v = x


w = WithProp(1)
w.v = 5
print(w.v, w._v)


class ListSlots:
    __slots__ = ['p', 'q']


ls = ListSlots()
ls.p = 'p'
print(ls.p, hasattr(ls, 'q'), ListSlots.__slots__)


class SlotDefaults:
    __slots__ = ('x', 'y')

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return 'SD(%r, %r)' % (self.x, self.y)

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)


print(SlotDefaults(1), SlotDefaults(1, 2) == SlotDefaults(1, 2), [SlotDefaults(i) for i in range(2)])
try:
    class WithWeak:
        __slots__ = ('__weakref__', 'z')
    print('weakref slot ok', sorted(k for k in WithWeak.__dict__ if not k.startswith('__') or k == '__weakref__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class DictTwice(Open):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(type(e).__name__, e)
