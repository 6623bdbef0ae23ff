# __set_name__ runs for descriptors in the class body, with the owner and attribute name.

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Model:
    first = Field()
    second = Field()

    def __init__(self, first):
        self.first = first


m = Model("x")
print(m.first, m.second, Model.first.name)

# assigned later: no automatic call
Model.third = Field()
print(hasattr(Model.third, "name"))
Model.third.__set_name__(Model, "third")
print(Model.third.private)

# same descriptor under two names: called twice
shared = Field()


class Two:
    a = shared
    b = shared


print(shared.name)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("cannot bind " + name)


try:
    class Owner:
        attr = Broken()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
except ValueError as e:
    print("ValueError:", e)

# type() calls __set_name__ as well
Dyn = type("Dyn", (), {"f": Field()})
print(Dyn.f.name)


class NotCallable:
    __set_name__ = 5


try:
    class Host:
        x = NotCallable()
except TypeError as e:
    print("TypeError:", e)
