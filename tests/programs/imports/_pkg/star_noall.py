import math as _math
alpha = 'alpha'
beta = 'beta'
_gamma = 'gamma'
__dunder = 'dunder'


def func():
    return 'func'
