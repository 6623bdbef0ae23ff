def a():
    raise KeyError('a-level')


def b():
    try:
        a()
    except KeyError as e:
        raise IndexError('b-level') from e


def c():
    try:
        b()
    except IndexError:
        raise RuntimeError('c-level')


c()
