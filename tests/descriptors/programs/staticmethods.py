class C:
    @staticmethod
    def add(a, b=10):
        "Add things."
        return a + b

    @staticmethod
    def kw(*args, **kwargs):
        return args, sorted(kwargs.items())

    def use(self):
        return self.add(1) + C.add(2, 3)

c = C()
print(c.add(1, 2), C.add(5), c.use())
print(c.kw(1, 2, x=3), C.kw())
sm = C.__dict__['add']
print(type(sm).__name__, type(sm) is staticmethod)
print(sm.__func__ is C.add, sm.__wrapped__ is C.add)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__)
print(sm.__isabstractmethod__)
print(sm(7, 8))
print(sm.__get__(None, C) is C.add, sm.__get__(c) is C.add)
print(repr(sm).startswith('<staticmethod(<function C.add at 0x'))
print(sorted(sm.__dict__))
sm.extra = 'e'
print(sm.extra, sm.__dict__['extra'])

def plain(x):
    return x * 2
s2 = staticmethod(plain)
print(s2(4), s2.__name__)
s3 = staticmethod(len)
print(s3([1, 2]))
class D:
    f = staticmethod(plain)
    g = staticmethod(len)
print(D.f(3), D().f(4), D.g('abc'), D().g('ab'))
try:
    staticmethod()
except TypeError as e:
    print('TypeError', e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print('TypeError', e)
# a staticmethod wrapping a non-callable is created but fails on call
bad = staticmethod(5)
try:
    bad()
except TypeError as e:
    print('TypeError', e)

class Sub(staticmethod):
    pass
class E:
    h = Sub(plain)
print(E.h(6), type(E.__dict__['h']).__name__)
