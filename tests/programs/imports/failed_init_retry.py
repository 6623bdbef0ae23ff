import sys
try:
    import _pkg.raiser
except ZeroDivisionError:
    print('first failure')
print(sorted(k for k in sys.modules if k.startswith('_pkg')))
import _pkg
print(hasattr(_pkg, 'raiser'))
sys.modules['_pkg.raiser'] = 'placeholder'
import _pkg.raiser
print(sys.modules['_pkg.raiser'])
from _pkg import raiser
print(raiser)
del sys.modules['_pkg.raiser']
try:
    from _pkg import raiser
except ZeroDivisionError as e:
    print('again', e)
