# super() in classmethods and staticmethods, and its error messages.

class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"

    def hello(self):
        return "Base.hello"


class Child(Base):
    @classmethod
    def create(cls):
        return "Child+" + super().create()

    @staticmethod
    def static_super():
        return super().hello()

    @staticmethod
    def explicit(obj):
        return super(Child, obj).hello()


print(Child.create(), Child().create())
print(Child.explicit(Child()))
try:
    Child.static_super()
except RuntimeError as e:
    print("RuntimeError:", e)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)

try:
    super(5, Child())
except TypeError as e:
    print("TypeError:", e)

try:
    super(Child, Base()).hello()
except TypeError as e:
    print("TypeError:", e)

print(super(Child, Child).create())
s = super(Child, Child())
print(s.hello(), repr(s).startswith("<super: <class 'Child'>, <Child object"))
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)

print(repr(super(Child)))


class Weird(Base):
    def method(self):
        del self
        return super().hello()


try:
    Weird().method()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoArgs(Base):
    def method():
        return super().hello()


try:
    NoArgs.method()
except RuntimeError as e:
    print("RuntimeError:", e)
