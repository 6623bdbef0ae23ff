"""Module docstring."""
def f():
    """Func doc."""
def g():
    'single'
    return 1
class C:
    """Class doc."""
x = 1
