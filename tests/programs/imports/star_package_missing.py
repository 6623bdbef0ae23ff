import sys
try:
    from _pkgmiss import *
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in sys.modules if k.startswith('_pkgmiss')))
print(real_sub.X)
from _pkgmiss import *
