class P:
    def m(self): return 'm'
p = P()
try:
    1 + 'a'
except TypeError as e:
    print(e)
try:
    p.zz
except AttributeError as e:
    print(e)
print(type(1), type(p), P, P.__name__, P.__qualname__, P.__mro__)
print(b'abc\x00', bytes([65, 66]), b'x'.decode())
print(complex(1, 2) * 2, abs(3+4j), 1j ** 2)
print(str(1.5), repr('it\'s'), ascii('é'))
x = [1, 2, 3]
x += [4]
print(x, 'b' in 'abc', 5 in x)
print(int.__add__, p.m(), type(p.m).__name__)
class D:
    def __init__(self): self.data = {}
    def __getattr__(self, name): return 'dyn_' + name
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v * 2 if isinstance(v, int) else v)
d = D()
d.x = 5
print(d.x, d.y, d.data)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return 'desc:' + self.name if obj is not None else self
    def __set__(self, obj, v): obj.__dict__['_' + self.name] = v
class H:
    a = Desc()
h = H()
h.a = 3
print(h.a, h.__dict__, type(H.a).__name__)
class MyInt(int):
    def double(self): return self * 2
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1), isinstance(m, int), repr(m), m == 21, hash(m) == hash(21))
class MyStr(str):
    pass
s = MyStr('hi')
print(s, s.upper(), len(s), s + '!', type(s).__name__, s == 'hi')
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        cls.tag = tag
class Sub(Base, tag='x'):
    pass
print(Sub.tag)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['added'] = 42
        return type.__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added, type(WithMeta))
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e:
    print(e)
class A: pass
class B(A): pass
class C(A): pass
class DD(B, C): pass
print([k.__name__ for k in DD.__mro__])
print(type('X', (), {'v': 1})().v)
class F(float): pass
print(F(1.5) + 1, F('2.5'))
print(sorted([3, 1, 2]), max('abc'), min(3, 1.5))
print(f'{3.14159:.3f} {42:05d} {"s":^5}|')
print(int('  12  '), float('  1.5 '), str(None), bool(''), bool([0]))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), 2 in It())
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 10 in Seq())
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 2 ** 0.5, pow(2, 100, 7))
print(round(0.125, 2), round(-2.5), 1e300 * 10, -1e300 * 10)
print('%s is %d years' % ('Bob', 30), '%(a)s' % {'a': 1})
print('{0}{1}{0}'.format('a', 'b'), '{x.real}'.format(x=3))
class K:
    def f(self): return 1
k = K()
print(k.f(), getattr(k, 'f')())
K.f = lambda self: 2
print(k.f(), getattr(k, 'f')())
del K.f
try:
    k.f
except AttributeError as e:
    print(e)
class K2(K): pass
K.g = 5
print(K2.g, K2().g, hasattr(K2(), 'zz'))
K2.g = 6
print(K.g, K2.g)
class Slotless:
    x = 1
o = Slotless()
o.x = 2
print(o.x, Slotless.x, o.__dict__, vars(o))
del o.x
print(o.x)
class GA:
    def __getattribute__(self, name):
        if name == 'special': return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback ' + name
g = GA()
g.real = 1
print(g.special, g.real, g.other)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __float__(self): return float(self.v)
print([10, 20, 30][Num(1)], 'abc'[Num(2)], bin(Num(5)), float(Num(3)), int('7') + Num(1).__index__())
class Rev:
    def __eq__(self, o): return 'eq called'
    def __lt__(self, o): return 'lt called'
print(1 == Rev(), 1 > Rev(), Rev() < 1, None == Rev())
print(type.__name__, type(type), int.__mro__, bool.__base__, object.__bases__, type.__qualname__)
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a1 = Single(1); a2 = Single(2)
print(a1 is a2, a1.v, type(Single.__dict__['__new__']).__name__, Single.__new__ is Single.__dict__['__new__'].__func__)
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def x(self): return self[0]
p = Point(3, 4)
print(p, p[1], len(p), isinstance(p, tuple), type(p).__name__)
