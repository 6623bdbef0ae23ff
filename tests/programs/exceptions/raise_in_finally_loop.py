def f():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError('in loop %d' % i)
        finally:
            print('finally', i)
try:
    f()
except ValueError as e:
    print('escaped', e)
def g():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError as e:
            return repr(e.__context__)
print(g())
