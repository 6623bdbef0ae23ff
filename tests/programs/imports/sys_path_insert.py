import sys
try:
    import hidden
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.insert(0, '_extra')
import hidden
print(hidden.SECRET, hidden.__name__)
print(hidden.__file__.endswith('/_extra/hidden.py'), hidden.__file__.startswith('/'))
from extrapkg import PART
print(PART)
import extrapkg.part
print(extrapkg.part.PART, extrapkg.__path__[0].endswith('/_extra/extrapkg'))
sys.path.remove('_extra')
import hidden as h2
print(h2 is hidden)
print(type(sys.path).__name__, isinstance(sys.path[0], str))
