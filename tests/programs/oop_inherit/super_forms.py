class A:
    def f(self):
        return 'A.f'

    @classmethod
    def cm(cls):
        return 'A.cm(%s)' % cls.__name__

    @staticmethod
    def sm(x):
        return 'A.sm(%s)' % x

    @property
    def p(self):
        return 'A.p'


class B(A):
    def f(self):
        return 'B.f>' + super().f()

    @classmethod
    def cm(cls):
        return 'B.cm>' + super().cm()

    @staticmethod
    def sm(x):
        return 'B.sm>' + super(B, B).sm(x)

    @property
    def p(self):
        return 'B.p>' + super().p


class C(B):
    def f(self):
        return 'C.f>' + super(B, self).f()

    def g(self):
        return super(C, self).f()


c = C()
print(B().f(), c.f(), c.g())
print(B.cm(), C.cm(), B.sm(1), C().p)
print(super(C, c).f(), super(B, c).f(), super(C, C).cm())
s = super(B, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(B, c)).startswith("<super: <class 'B'>, <C object>>"))
try:
    super(B, 5).f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, B()).f()
except TypeError as e:
    print(type(e).__name__, e)


def outside():
    return super().f()


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)


class D(A):
    def f(self):
        def inner():
            return super(D, self).f()
        return 'D:' + inner()

    def nope(self):
        return super().missing


print(D().f())
try:
    D().nope()
except AttributeError as e:
    print(type(e).__name__, e)
ub = super(B)
print(type(ub).__name__)
