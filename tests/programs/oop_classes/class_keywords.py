class Base:
    registry = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key is not None:
            Base.registry[key] = cls.__name__
        cls.key = key


class A(Base, key='a'):
    pass


class B(Base):
    pass


class C(A, key='c'):
    pass


print(sorted(Base.registry.items()), A.key, B.key, C.key)
try:
    class D(Base, bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(object, x=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class F(metaclass=Meta, alpha=1, beta=2):
    pass


print(sorted(F.kw.items()), type(F).__name__)
bases = (Base,)
kws = {'key': 'g'}


class G(*bases, **kws):
    pass


print(G.key, Base.registry['g'])
