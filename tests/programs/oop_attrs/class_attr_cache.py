# Class attributes read in a loop (the VM caches plain class values per instruction): the cache
# must follow assignments and deletions on the class and its bases, shadowing in a subclass,
# values that gain a __get__ later, and classes with a metaclass.


class V:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f"V({self.tag})"


class Base:
    LIMIT = 10
    shared = V("base")

    def method(self):
        return "method"


class Child(Base):
    pass


class Meta(type):
    def __getattribute__(cls, name):
        if name == "LIMIT":
            return -1
        return super().__getattribute__(name)


class WithMeta(metaclass=Meta):
    LIMIT = 99


def read(cls):
    return cls.LIMIT, cls.shared if hasattr(cls, "shared") else None


log = []
for step in range(8):
    log.append((read(Child), read(Base), read(WithMeta)))
    if step == 1:
        Base.LIMIT = 20
    elif step == 2:
        Child.LIMIT = 30
    elif step == 3:
        del Child.LIMIT
    elif step == 4:
        V.__get__ = lambda self, obj, cls: f"got {self.tag} via {cls.__name__}"
    elif step == 5:
        del V.__get__
        Base.shared = V("replaced")
    elif step == 6:
        Base.method = lambda self: "patched"
for entry in log:
    print(entry)
print(Child.method(Child()), Base.method.__name__, Child.__name__, Child.__doc__, Child.__mro__[1].__name__)
try:
    Child.missing
except AttributeError as e:
    print("AttributeError:", e)
Base.missing = "now here"
print(Child.missing)
