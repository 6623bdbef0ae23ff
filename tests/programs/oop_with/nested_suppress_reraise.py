class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)


with Suppress(KeyError, IndexError) as s:
    [][0]
print('suppressed', repr(s.caught))
with Suppress(Exception) as s:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('replacement')
print(repr(s.caught), repr(s.caught.__context__))


def layered():
    with Suppress(ZeroDivisionError):
        with Suppress(KeyError):
            1 / 0
        print('not reached')
    return 'layered ok'


print(layered())
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError
        print('iteration', i)
try:
    with Suppress(ValueError):
        raise SystemExit(3)
except SystemExit as e:
    print('SystemExit passes through', e.code)
with Suppress(BaseException):
    raise KeyboardInterrupt
print('even KeyboardInterrupt')
