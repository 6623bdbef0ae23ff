print('executing _pkg.sub.deep', __name__, __package__)
DEEP = 'deep'


def where():
    return __name__ + ' in ' + __package__
