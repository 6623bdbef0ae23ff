class RaisesInExit:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print('exit sees', et.__name__ if et else None)
        raise KeyError('from exit')


try:
    with RaisesInExit():
        pass
except KeyError as e:
    print('caught', repr(e), e.__context__)
try:
    with RaisesInExit():
        raise ValueError('body')
except KeyError as e:
    print('caught', repr(e), 'context:', repr(e.__context__))


class RaisesInEnter:
    def __enter__(self):
        raise OSError('cannot enter')

    def __exit__(self, *a):
        print('exit never called')


try:
    with RaisesInEnter() as x:
        print('never')
except OSError as e:
    print('caught', type(e).__name__, e)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return 'non-empty string suppresses'


with Truthy():
    raise ZeroDivisionError
print('suppressed by truthy')


class Falsy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return 0


try:
    with Falsy():
        1 / 0
except ZeroDivisionError as e:
    print('propagated', e)


class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print(et is TypeError, isinstance(ev, TypeError), type(tb).__name__, tb.tb_lineno > 0)
        return True


with Inspect():
    'a' + 1
print('end')


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except AttributeError as e:
    print(type(e).__name__, e)


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except AttributeError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except AttributeError as e:
    print(type(e).__name__, e)
