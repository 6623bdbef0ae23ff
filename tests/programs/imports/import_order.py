print('main 1')
import _pkg.sub.inner.leaf
print('main 2')
import _pkg.mod_b
print('main 3')
from _pkg.sub import rel
print('main 4')
import sys
print([k for k in sys.modules if k.startswith('_pkg')])
