class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            if not k.startswith('__'):
                new_ns[k.upper()] = v
            else:
                new_ns[k] = v
        return super().__new__(mcls, name, bases, new_ns)


class Cfg(metaclass=UpperAttrs):
    host = 'localhost'
    port = 80

    def show(self):
        return 'shown'


print(Cfg.HOST, Cfg.PORT, hasattr(Cfg, 'host'), Cfg().SHOW())


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        ns['registered_as'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.init_done = True


class Plugin(metaclass=Registry):
    pass


class Audio(Plugin):
    pass


class Video(Plugin):
    pass


print(Registry.classes, Audio.registered_as, Video.init_done, type(Video).__name__)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'prepared': True}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith('__')]
        return cls


class Fields(metaclass=Ordered):
    z = 1
    a = 2
    m = 3


print(Fields.order, Fields.prepared)


class Meta(type):
    def greet(cls):
        return 'hello from ' + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __len__(cls):
        return 42

    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__

    def __getitem__(cls, k):
        return (cls.__name__, k)


class X(metaclass=Meta):
    pass


print(X.greet(), X.upper_name, len(X), repr(X), X[3])
try:
    X().greet()
except AttributeError as e:
    print(type(e).__name__, e)


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class M3(M1):
    pass


class A3(A1, metaclass=M3):
    pass


print(type(A3).__name__)


def func_meta(name, bases, ns):
    return 'built ' + name + str(sorted(k for k in ns if not k.startswith('__')))


class ByFunc(metaclass=func_meta):
    q = 1


print(ByFunc)
