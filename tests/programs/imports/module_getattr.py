import _getattr_mod
print(_getattr_mod.real, _getattr_mod.dyn_value)
from _getattr_mod import dyn_other, real
print(dyn_other, real)
print(dir(_getattr_mod))
try:
    _getattr_mod.static_missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from _getattr_mod import static_missing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
print(getattr(_getattr_mod, 'dyn_x', None), getattr(_getattr_mod, 'zzz', 'default'))
