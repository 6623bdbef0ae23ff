def inner():
    raise ValueError('original')


def middle():
    try:
        inner()
    except ValueError:
        print('middle logs and re-raises')
        raise


try:
    middle()
except ValueError as e:
    print('outer got', e, e.__context__)


def convert():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError('converted') from e


try:
    convert()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__)


def reraise_other():
    try:
        inner()
    except ValueError as e:
        saved = e
    raise saved


try:
    reraise_other()
except ValueError as e:
    print('re-raised saved', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)


def nested_handlers():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError:
            pass
        raise


try:
    nested_handlers()
except KeyError as e:
    print('bare raise after nested handler re-raises', repr(e))
