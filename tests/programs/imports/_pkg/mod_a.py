print('executing _pkg.mod_a', __name__, __package__)
A = 'a'


def which():
    return __name__
