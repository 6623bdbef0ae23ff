# derive() decides the class of the groups split/subgroup build; subclasses override it to
# keep their type and extra state.

class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyGroup(self.message + "*", excs, self.code + 1)


g = MyGroup("mine", [ValueError(1), TypeError(2)], code=10)
print(repr(g), g.code, g)
m, r = g.split(ValueError)
print(type(m).__name__, m.message, m.code, m.exceptions)
print(type(r).__name__, r.message, r.code, r.exceptions)


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__)
print(repr(p.derive([KeyError(0)])))
print(repr(p.derive([KeyboardInterrupt()])))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class BaseOnly(BaseExceptionGroup):
    pass


print(type(BaseOnly("x", [ValueError()])).__name__)


class ExcSub(ExceptionGroup):
    pass


try:
    ExcSub("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

try:
    g.derive()
except TypeError as e:
    print("TypeError:", e)
