import sys
print(sys.exc_info())
try:
    raise ValueError('now')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise IndexError('inner')
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
