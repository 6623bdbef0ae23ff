import sys
print('_pkg.mod_a' in sys.modules)
from _pkg import mod_a
print(mod_a.A, mod_a.__name__)
print('_pkg.mod_a' in sys.modules)
from _pkg import mod_b, sub
print(mod_b.B, mod_b.A_FROM_A, sub.SUB)
from _pkg.sub import deep, inner
print(deep.DEEP, inner.__name__)
import _pkg
print(_pkg.mod_a is mod_a, _pkg.mod_b is mod_b)
from _pkg.sub.inner import leaf
print(leaf.LEAF, leaf.DOUBLED)
from _pkg import PKG_VALUE, mod_a as again
print(PKG_VALUE, again is mod_a)
try:
    from _pkg import no_such_submodule
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
