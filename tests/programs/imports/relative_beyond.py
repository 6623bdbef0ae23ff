try:
    import _pkg.sub.beyond
except ImportError as e:
    print(type(e).__name__, e)
import sys
print('_pkg.sub.beyond' in sys.modules, '_pkg.sub' in sys.modules)
import importlib
try:
    importlib.import_module('...x', '_pkg.sub')
except ImportError as e:
    print(type(e).__name__, e)
import _pkg.sub.beyond
