import sys
from _pkgall import *
print(TOP, first.NAME, second.NAME)
print('_pkgall.third' in sys.modules)
try:
    third
except NameError as e:
    print(type(e).__name__, e)
import _pkgall
print(sorted(k for k in vars(_pkgall) if not k.startswith('__')))
