class Documented:
    """Class doc."""

    def method(self):
        """Method doc."""

    @property
    def prop(self):
        """Prop doc."""
        return 1

    @staticmethod
    def st():
        """Static doc."""

    @classmethod
    def cl(cls):
        """Class-method doc."""


print(Documented.__doc__, Documented.method.__doc__, Documented.prop.__doc__)
print(Documented.st.__doc__, Documented.cl.__doc__, Documented().method.__doc__)


class Inherits(Documented):
    pass


print(Inherits.__doc__, Inherits.method.__doc__)
Documented.__doc__ = 'changed'
print(Documented.__doc__)
Inherits.__qualname__ = 'Renamed.Inherits'
Inherits.__name__ = 'Inh'
print(Inherits.__qualname__, Inherits.__name__, repr(Inherits))
try:
    Inherits.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Inherits.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
Inherits.__module__ = 'elsewhere'
print(repr(Inherits), Inherits.__module__)
try:
    int.__name__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__doc__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(int.__module__, Documented.__module__, type(Documented.__module__).__name__)
print(Documented.method.__module__, Documented.method.__name__, Documented.method.__qualname__)
