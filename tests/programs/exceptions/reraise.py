def inner():
    raise ValueError('original')
def middle():
    try:
        inner()
    except ValueError:
        print('middle saw it')
        raise
try:
    middle()
except ValueError as e:
    print('outer got', e)
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise e
except KeyError as e2:
    print('re-raised by name', e2)
try:
    raise TypeError
except TypeError as e:
    print('class raised:', repr(e), e.args)
