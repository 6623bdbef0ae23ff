def documented(a, b=2):
    """Docstring here."""
    return a
print(documented.__doc__, documented.__name__, documented.__qualname__)
print(documented.__defaults__, documented.__code__.co_argcount, documented.__code__.co_varnames)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
documented.extra = 'attr'
print(documented.extra, callable(documented), callable(1))
print(type(documented).__name__, type(len).__name__)
def nodoc(): pass
print(nodoc.__doc__)
