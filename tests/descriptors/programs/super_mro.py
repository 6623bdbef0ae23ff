class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
        super().__init__()
    def who(self):
        return ['Base']

class Left(Base):
    def __init__(self, left=0, **kw):
        print('Left', left)
        super().__init__(**kw)
    def who(self):
        return ['Left'] + super().who()

class Right(Base):
    def __init__(self, right=0, **kw):
        print('Right', right)
        super().__init__(**kw)
    def who(self):
        return ['Right'] + super().who()

class Diamond(Left, Right):
    def __init__(self, **kw):
        print('Diamond')
        super().__init__(**kw)
    def who(self):
        return ['Diamond'] + super().who()

d = Diamond(left=1, right=2, extra=3)
print(d.who())
print([c.__name__ for c in Diamond.__mro__])
print(super(Left, d).who())
print(super(Right, d).who())
print(super(Diamond, d).who())

# mixins
class LoggingMixin:
    def save(self):
        print('log before save')
        r = super().save()
        print('log after save')
        return r
class Store:
    def save(self):
        print('store save')
        return 'saved'
class Model(LoggingMixin, Store):
    def save(self):
        return 'Model:' + super().save()
print(Model().save())

# super through builtin bases
class MyList(list):
    def append(self, v):
        super().append(v * 2)
    def __getitem__(self, i):
        return ('item', super().__getitem__(i))
m = MyList()
m.append(1)
m.append(5)
print(m, m[1], len(m))

class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
md = MyDict()
md['a'] = 1
print(md)

class Strish(str):
    def __new__(cls, v):
        return super().__new__(cls, v + '!')
    def upper(self):
        return 'U:' + super().upper()
print(Strish('hi'), Strish('hi').upper())

class Counter:
    def __init__(self):
        self.n = 0
    def __getattribute__(self, name):
        if name == 'secret':
            return 42
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 10 if name == 'n' else value)
c = Counter()
print(c.n, c.secret)
c.n = 3
print(c.n)
print(object.__getattribute__(c, 'n'))
