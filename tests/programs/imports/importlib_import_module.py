import importlib
import sys
m = importlib.import_module('_simple')
print(m.VALUE, m is sys.modules['_simple'])
d = importlib.import_module('_pkg.sub.deep')
print(d.DEEP, d.__name__)
import _pkg
print(_pkg.sub.deep is d)
r = importlib.import_module('.mod_a', '_pkg')
print(r.A, r.__name__)
r2 = importlib.import_module('..mod_b', '_pkg.sub')
print(r2.B, r2.__name__)
r3 = importlib.import_module('.sub', package='_pkg')
print(r3.SUB)
print(importlib.import_module('math').sqrt(9))
for args in [('.x',), ('_no_mod_here',), ('_pkg.zzz',), ('',), ('..far', '_pkg')]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    importlib.import_module(5)
except Exception as e:
    print(type(e).__name__, e)
