try:
    from _pkg.star_missing import *
except AttributeError as e:
    print(type(e).__name__, e)
print(present)
import sys
m = type(sys)('_gen_all')
m.__all__ = (n for n in ['a', 'b'])
m.a, m.b = 1, 2
sys.modules['_gen_all'] = m
from _gen_all import *
print(a, b)
from _pkg.star_missing import *
