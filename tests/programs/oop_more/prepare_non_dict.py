# __prepare__ must return a mapping; type() itself then requires a real dict.

class Meta(type):
    def __prepare__(name, bases):
        return [1, 2]

try:
    class A(metaclass=Meta):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta2(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"preset": 42}

class B(metaclass=Meta2):
    pass

print(B.preset)

print(type.__prepare__("x", ()))
print(type(type.__prepare__()))


class Meta3(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42

try:
    class C(metaclass=Meta3):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta4(type):
    def __prepare__(name, bases):
        return {}

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, list(ns.items()))

try:
    class D(metaclass=Meta4):
        pass
except TypeError as e:
    print("TypeError:", e)
