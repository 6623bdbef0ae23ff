print('init _pkg', __name__, __package__)
PKG_VALUE = 'pkg-value'
shared = 'from _pkg'


def helper(x):
    return x * 2
