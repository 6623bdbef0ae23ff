class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print('enter', self.n)
        return self.n

    def __exit__(self, et, ev, tb):
        print('exit', self.n, et.__name__ if et else None)


try:
    raise ValueError('first')
except ValueError as e:
    with CM(1):
        print('handling', e)
finally:
    with CM(2):
        print('in finally')


def f():
    try:
        with CM(3):
            raise KeyError('k')
    except KeyError:
        with CM(4):
            return 'returned from except-with'
    finally:
        print('f finally')


print(f())
try:
    with CM(5):
        try:
            raise TypeError('inner')
        finally:
            print('inner finally')
except TypeError as e:
    print('outer caught', e)
with CM(6):
    try:
        raise IndexError
    except IndexError:
        print('handled inside with')
