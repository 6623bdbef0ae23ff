cases = [
    Exception(),
    Exception('one'),
    Exception('a', 'b'),
    Exception(1),
    Exception(None),
    Exception(''),
    ValueError('bad value'),
    KeyError('k'),
    KeyError(),
    KeyError('a', 'b'),
    KeyError(1),
    IndexError('list index out of range'),
    StopIteration(5),
    StopIteration(),
    SystemExit(2),
    OSError(2, 'No such file'),
    ZeroDivisionError('division by zero'),
    AttributeError('x'),
    UnicodeError('u'),
]
for e in cases:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
e = Exception('x')
e.args = ('changed', 2)
print(e, repr(e))
e.args = []
print(repr(e), e.args)
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value, SystemExit(3).code, SystemExit().code)
print(OSError(2, 'msg').errno, OSError(2, 'msg').strerror, OSError('x').errno)
print(KeyError('quote\'s'), repr(KeyError("it's")))
try:
    {}['missing key']
except KeyError as err:
    print(str(err), repr(err), err.args)
try:
    {}[(1, 2)]
except KeyError as err:
    print(str(err), err.args)
try:
    Exception.__str__(5)
except TypeError as err:
    print(type(err).__name__, err)
