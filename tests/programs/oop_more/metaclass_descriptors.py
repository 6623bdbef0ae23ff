# Descriptors defined on a metaclass act on the class objects themselves.

class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"

    @property
    def rw(cls):
        return getattr(cls, "_rw", "default")

    @rw.setter
    def rw(cls, value):
        cls._rw = value

    def describe(cls):
        return f"class {cls.__name__}"

    count = 0


class User(metaclass=Meta):
    pass


class Admin(User):
    table_override = True


print(User.table, Admin.table, User.describe(), Admin.describe())
User.rw = "set"
print(User.rw, Admin.rw)
print(hasattr(User(), "table"), hasattr(User(), "describe"))
try:
    User().table
except AttributeError as e:
    print("AttributeError:", e)

# the class's own attribute shadows a non-data descriptor of the metaclass
class Shadow(metaclass=Meta):
    def describe(self):
        return "instance method"


print(Shadow.describe(Shadow()), Shadow.count)


# but a data descriptor on the metaclass wins over the class dict
class Shadow2(metaclass=Meta):
    table = "ignored"


print(Shadow2.table, Shadow2.__dict__["table"])


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, owner):
        return (self.v, obj.__name__ if isinstance(obj, type) else obj, owner.__name__)


class Meta2(type):
    c = Const(1)


class K(metaclass=Meta2):
    pass


print(K.c)
try:
    del User.table
except AttributeError as e:
    print("AttributeError:", e)
try:
    User.table = 1
except AttributeError as e:
    print("AttributeError:", e)
