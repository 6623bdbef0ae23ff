# Name lookups in a class body whose namespace is a dict subclass use __getitem__, so
# __missing__ and overrides take part before globals and builtins are consulted.

class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:] * 2
        raise KeyError(key)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Defaulting()


class A(metaclass=Meta):
    v = auto_ab
    w = len("xyz")   # falls back to builtins after KeyError from __missing__


print(A.v, A.w)


class Logging(dict):
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)


class LMeta(type):
    def __prepare__(name, bases):
        return Logging()


g = "global"


class B(metaclass=LMeta):
    a = 5
    b = a + 1
    c = g


print(B.a, B.b, B.c)


class Deleting(dict):
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)


class DMeta(type):
    def __prepare__(name, bases):
        return Deleting()


class C(metaclass=DMeta):
    tmp = 1
    del tmp

print(hasattr(C, "tmp"))

try:
    class E(metaclass=DMeta):
        del nothing
except NameError as e:
    print("NameError:", e)

try:
    class F(metaclass=Meta):
        v = undefined_name
except NameError as e:
    print("NameError:", e)


class Boom(dict):
    def __getitem__(self, key):
        raise ValueError("boom " + key)


class BMeta(type):
    def __prepare__(name, bases):
        return Boom()


try:
    class G(metaclass=BMeta):
        x = y
except ValueError as e:
    print("ValueError:", e)
