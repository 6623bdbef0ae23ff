from _pkg.star_noall import *
print(alpha, beta, func())
for name in ['_gamma', '_math', '_star_noall__dunder', '__dunder']:
    try:
        eval(name)
        print(name, 'visible')
    except NameError as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir() if not n.startswith('__')))
from math import *
print(floor(2.5), pi > 3, sqrt(16.0))
