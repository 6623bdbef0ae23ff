from enum import Enum, IntEnum, Flag

class Color(Enum):
    RED = 1
    GREEN = 2
    _ignore_ = ['tmp']
    tmp = 5
    def _private(self):
        return 'p'
    helper = 'not a member?'

print(list(Color), Color.RED._private(), hasattr(Color, 'tmp'))
try:
    class More(Color):
        PINK = 3
except TypeError as e:
    print(type(e).__name__, e)

class Base(Enum):
    def shout(self):
        return self.name.upper() + '!'
class Derived(Base):
    a = 1
    b = 2
print(Derived.a.shout(), list(Derived), issubclass(Derived, Base))
print(repr(Enum), repr(IntEnum), repr(Flag), type(Color).__name__)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
print(Color.RED.value.__class__.__name__, Color.GREEN._name_, Color.GREEN._value_)
members = dict(Color.__members__)
print(members)
print(Color.RED in Color, Color.GREEN.value in [m.value for m in Color])
print(sorted(dir(Color.RED))[:3])
