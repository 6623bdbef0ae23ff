# A metaclass __prepare__ returning a dict subclass: the class body's stores and loads go
# through the subclass's __setitem__ / __getitem__.

class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases, sorted(kw))
        return RecordingDict()

    def __new__(mcs, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=True):
    x = 1
    y = 2

    def method(self):
        return self.x

    x = 3
    z = x + y


print(A.order)
print(A.x, A.z, A().method())


class Uppercase(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            key = key.upper()
        super().__setitem__(key, value)


class UpperMeta(type):
    def __prepare__(name, bases):
        return Uppercase()


class B(metaclass=UpperMeta):
    color = "red"
    size = 10


print(hasattr(B, "color"), B.COLOR, B.SIZE)


class Dup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class NoDup(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Dup()


class C(metaclass=NoDup):
    a = 1
    b = 2

print(C.a, C.b)

try:
    class D(metaclass=NoDup):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)
