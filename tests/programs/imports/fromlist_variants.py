import sys
import _pkgall.first, _pkgall.second
print(_pkgall.first.NAME, _pkgall.second.NAME)
from _pkgall import third, first
print(third.NAME, first.NAME)
print(sorted(k for k in sys.modules if k.startswith('_pkgall')))
mod = __import__('_pkgall', fromlist=('third', 'first', 'not_there'))
print(mod.__name__, hasattr(mod, 'not_there'))
mod = __import__('_pkgall', fromlist=['*'])
print(mod.TOP)
try:
    __import__('_pkgall', fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
