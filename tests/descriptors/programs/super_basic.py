class A:
    def __init__(self, x):
        print('A.__init__', x)
        self.x = x
    def hello(self):
        return 'A.hello'
    @classmethod
    def cm(cls):
        return 'A.cm ' + cls.__name__
    @staticmethod
    def sm(v):
        return 'A.sm ' + str(v)
    @property
    def prop(self):
        return 'A.prop ' + type(self).__name__
    attr = 'A.attr'

class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        print('B.__init__', y)
        self.y = y
    def hello(self):
        return 'B.hello>' + super().hello()
    @classmethod
    def cm(cls):
        return 'B.cm>' + super().cm()
    @staticmethod
    def sm(v):
        return 'B.sm>' + super(B, B).sm(v)
    @property
    def prop(self):
        return 'B.prop>' + super().prop
    def get_attr(self):
        return super().attr

b = B(1, 2)
print(b.x, b.y)
print(b.hello())
print(B.cm(), b.cm())
print(B.sm(3), b.sm(4))
print(b.prop)
print(b.get_attr())
print(super(B, b).hello(), super(A, b).__init__ is not None)
print(super(B, B).cm())
print(super(B, b).prop)
s = super(B, b)
print(s.__thisclass__ is B, s.__self__ is b, s.__self_class__ is B)
s2 = super(B, B)
print(s2.__self__ is B, s2.__self_class__ is B)
print(repr(super(B, b)))
print(repr(super(B, B)))
print(repr(super(B)))
print(super(B).__self__, super(B).__self_class__)
print(type(super(B, b)).__name__, super(B, b).__class__.__name__)

# super inside a nested function refers to the defining class
class C(B):
    def hello(self):
        def inner():
            return 'nested'
        return 'C.hello>' + super().hello() + ' ' + inner()
    def gen(self):
        yield super().hello()
    def lam(self):
        return (lambda: 'lam')()
print(C(5, 6).hello())
print(list(C(7, 8).gen()))

# __class__ cell
class K:
    def which(self):
        return __class__
class K2(K):
    pass
print(K2().which() is K)
