def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('while handling') from e


try:
    chained()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def implicit():
    try:
        {}['k']
    except KeyError:
        raise TypeError('implicit')


try:
    implicit()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)


def from_none():
    try:
        [][1]
    except IndexError:
        raise LookupError('clean') from None


try:
    from_none()
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError('v')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError('c')
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = None
try:
    e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError from 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError from KeyError
except ValueError as err:
    print(repr(err.__cause__))
try:
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise IndexError('b')
        except IndexError as b:
            raise ValueError('c')
except ValueError as c:
    print(repr(c), repr(c.__context__), repr(c.__context__.__context__))


def tb_depth():
    try:
        raise RuntimeError('deep')
    except RuntimeError as e:
        n = 0
        t = e.__traceback__
        while t is not None:
            n += 1
            t = t.tb_next
        return n, e.__traceback__.tb_frame.f_code.co_name


print(tb_depth())
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise int
except TypeError as err:
    print(type(err).__name__, err)
