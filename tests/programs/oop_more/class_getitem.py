# __class_getitem__ makes Class[...] work; it is an implicit classmethod.

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubBox(Box):
    pass


print(Box[int], Box["x"], Box[1, 2], SubBox[None])
print(type(Box.__dict__["__class_getitem__"]).__name__)


class Registry:
    _cache = {}

    def __class_getitem__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = type(f"{cls.__name__}_{key.__name__}", (cls,), {"item_type": key})
        return cls._cache[key]


IntReg = Registry[int]
print(IntReg.__name__, IntReg.item_type, Registry[int] is IntReg, issubclass(IntReg, Registry))


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)

try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __getitem__(cls, item):
        return ("meta", item)


class WithBoth(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("class", item)


print(WithBoth[3])

try:
    n = 5
    n[0]
except TypeError as e:
    print("TypeError:", e)
