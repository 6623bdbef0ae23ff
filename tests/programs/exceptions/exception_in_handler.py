try:
    try:
        raise ValueError('first')
    except ValueError:
        raise KeyError('second')
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__))
try:
    try:
        raise ValueError('a')
    finally:
        print('finally sees exception in flight')
except ValueError as e:
    print('propagated', e)
def f():
    try:
        raise ValueError('lost')
    finally:
        return 'finally return swallows'
print(f())
