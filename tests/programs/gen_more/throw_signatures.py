# generator.throw() with a class, class + value, instance, value tuple, and traceback; errors.
import sys


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e.args)


g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError, 'msg')
g.throw(ValueError, ('a', 'b'))
g.throw(ValueError, None)
g.throw(ValueError('instance'))
g.throw(KeyError, KeyError('same instance'))
try:
    raise IndexError('with tb')
except IndexError as e:
    tb = e.__traceback__
g.throw(IndexError, IndexError('tb'), tb)
for args in [(), (ValueError('x'), 1), (1,), ('str',), (ValueError, 1, 'notb'), (ValueError, 1, None, 4)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print('TypeError', e)


class NotExc:
    pass


try:
    g.throw(NotExc)
except TypeError as e:
    print('TypeError', e)


def fresh():
    print('never runs')
    yield


f = fresh()
try:
    f.throw(ZeroDivisionError('unstarted'))
except ZeroDivisionError as e:
    print('unstarted throw raised', e, f.gi_frame)
try:
    f.throw(ValueError)
except ValueError:
    print('throw into finished generator raises too')
