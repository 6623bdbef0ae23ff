from _helper_mod import *
print(greet("star"), VALUE)
import _helper_mod
print(_helper_mod.__file__.endswith('_helper_mod.py'))
import math
print(math.sqrt(16), math.pi > 3, math.floor(2.7))
from math import gcd, inf
print(gcd(12, 18), inf)
