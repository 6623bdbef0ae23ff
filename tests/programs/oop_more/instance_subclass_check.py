# __instancecheck__ / __subclasscheck__ on metaclasses drive isinstance and issubclass.

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck), isinstance(5, Duck))
print(issubclass(Mallard, Duck), issubclass(int, Duck))
# exact type match skips the hook
print(isinstance(Duck(), Duck))
print(isinstance(Mallard(), (int, Duck)))


class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"  # any truthy value


class T(metaclass=Truthy):
    pass


print(isinstance(1, T))

try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, (int, 5))
except TypeError as e:
    print("TypeError:", e)
print(issubclass(bool, (str, (list, int))))


class Broken(type):
    def __instancecheck__(cls, obj):
        raise ValueError("broken check")


class B(metaclass=Broken):
    pass


try:
    isinstance(1, B)
except ValueError as e:
    print("ValueError:", e)


class Virtual:
    __bases__ = (int,)


# objects with __bases__ act as classes for issubclass
class FakeMeta(type):
    pass


class HasClass:
    @property
    def __class__(self):
        return int


print(isinstance(HasClass(), int), type(HasClass()).__name__)
