import sys
import _helper_mod
from _helper_mod import greet, VALUE as V
import _helper_mod as hm
print(greet("world"), V, hm is _helper_mod, _helper_mod.__name__)
print('_helper_mod' in sys.modules)
from _helper_mod import *
print(star_visible)
try:
    print(_private)
except NameError as e:
    print(e)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _helper_mod import missing_name
except ImportError as e:
    print(str(e).split(' (')[0])
print(type(sys.argv), len(sys.argv), sys.version_info[0], sys.version_info.major)
print(sys.maxsize, sys.byteorder)
def f():
    import _helper_mod as local
    return local.VALUE * 2
print(f())
