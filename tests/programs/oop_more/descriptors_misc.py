# Set-only and delete-only descriptors, metaclass __call__ and __getattr__, class decorators,
# __mro_entries__, __copy__/__deepcopy__, an explicit classmethod __init_subclass__, and a
# property whose AttributeError hands over to __getattr__.
class SetOnly:
    def __set__(self, obj, v): obj.__dict__['_v'] = v * 2
class DelOnly:
    def __get__(self, obj, t=None): return "got"
    def __delete__(self, obj): print("deleting")
class H:
    s = SetOnly()
    d = DelOnly()
h = H()
h.s = 5
print(h._v, H.__dict__['s'] is h.s if False else type(h.s).__name__)
h.__dict__['s'] = 'inst'
print(h.s)
del h.d
h.__dict__['d'] = 'shadow'
print(h.d)
try: h.d = 1
except AttributeError as e: print(e)
class MetaCall(type):
    def __call__(cls, *a, **k):
        print("MetaCall", cls.__name__, a)
        return super().__call__(*a, **k)
class Sing(metaclass=MetaCall):
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, x):
        print("init", x)
a = Sing(1); b = Sing(2)
print(a is b)
class MetaGetattr(type):
    def __getattr__(cls, name):
        return f"meta:{name}"
class MG(metaclass=MetaGetattr):
    real = 1
print(MG.real, MG.virtual, hasattr(MG, 'anything'))
try: MG().virtual
except AttributeError as e: print(e)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class DC: pass
print(DC.decorated)
class Entry:
    def __mro_entries__(self, bases): return (dict,)
class FromEntry(Entry()): pass
print(FromEntry.__mro__, FromEntry.__orig_bases__[0].__class__.__name__)
class BadEntry:
    def __mro_entries__(self, bases): return [dict]
try:
    class X(BadEntry()): pass
except TypeError as e: print(e)
try:
    class Y(5): pass
except TypeError as e: print(e)
import copy
class Cp:
    def __init__(self): self.items = [1]
    def __copy__(self): print("copy!"); n = Cp(); n.items = self.items; return n
    def __deepcopy__(self, memo): print("deepcopy!"); n = Cp(); n.items = list(self.items); return n
c = Cp()
c2 = copy.copy(c); c3 = copy.deepcopy(c)
print(c2.items is c.items, c3.items is c.items)
class ExplicitInit:
    @classmethod
    def __init_subclass__(cls, **kw): print("explicit", cls.__name__, kw)
class Sub(ExplicitInit, k=1): pass
class PropGetattr:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "ga:" + n
print(PropGetattr().p)
class SlotProp:
    __slots__ = ('_x',)
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
sp = SlotProp(); sp.x = 4; print(sp.x)
try: sp.y = 1
except AttributeError as e: print(e)
