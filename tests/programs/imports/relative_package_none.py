__package__ = ''
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
__package__ = '_pkg'
from . import mod_a
print(mod_a.A)
from .sub import deep
print(deep.DEEP)
from .sub.deep import where
print(where())
__package__ = 5
try:
    from . import mod_a
except TypeError as e:
    print(type(e).__name__, e)
