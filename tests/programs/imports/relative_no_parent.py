try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .sibling import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import up
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__)
from . import anything
