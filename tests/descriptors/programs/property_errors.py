class C:
    @property
    def ro(self):
        return 1

    def _get(self):
        return 2
    anon = property(_get)
    nothing = property()

c = C()
for stmt in ('c.ro = 5', 'del c.ro', 'c.anon = 1', 'del c.anon', 'c.nothing', 'c.nothing = 1'):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, '->', type(e).__name__, e)

class Sub(C):
    pass
s = Sub()
try:
    s.ro = 2
except AttributeError as e:
    print(e)

class Outer:
    class Inner:
        @property
        def q(self):
            return 0
try:
    Outer.Inner().q = 1
except AttributeError as e:
    print(e)

try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError', e)
try:
    property(foo=1)
except TypeError as e:
    print('TypeError', e)

class E:
    @property
    def boom(self):
        raise ValueError('inside getter')
try:
    E().boom
except ValueError as e:
    print('ValueError', e)
print(hasattr(E(), 'boom') if False else 'skip')

class F:
    @property
    def missing(self):
        raise AttributeError('nope')
    def __getattr__(self, name):
        return 'fallback ' + name
print(F().missing)
print(getattr(C(), 'nothing', 'default'))
