try:
    from _pkg.star_badall import *
except TypeError as e:
    print(type(e).__name__, e)
print(ok)
import sys
sys.modules['_fake_star'] = type(sys)('_fake_star')
sys.modules['_fake_star'].__all__ = ('x', b'y')
sys.modules['_fake_star'].x = 1
try:
    from _fake_star import *
except TypeError as e:
    print(type(e).__name__, e)
print(x)
m = type(sys)('_fake_dict')
m.__dict__[5] = 'five'
m.fine = 'fine'
sys.modules['_fake_dict'] = m
try:
    from _fake_dict import *
except TypeError as e:
    print(type(e).__name__, e)
from _pkg.star_badall import *
