import math as m
from math import sqrt, floor as fl
import sys, math
print(m.sqrt(81), sqrt(4), fl(2.9), m is math, sys.maxsize > 2 ** 31)
def uses_import():
    import math
    from math import pi
    return math.floor(pi)
print(uses_import())
print(type(m).__name__, m.__name__)
