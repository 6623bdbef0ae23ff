# close(): GeneratorExit, finally blocks, ignoring GeneratorExit, close of unstarted/finished.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')


def ignores():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring GeneratorExit')
        yield 'nope'


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('clean exit')
        return 'ignored return'


def raises_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError('from close')


g = with_finally()
next(g)
print(g.close(), g.gi_frame)
print(g.close())
g = with_finally()
g.close()
print('unstarted closed without finally', next(g, 'exhausted'))
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
g = returns_on_exit()
next(g)
print(g.close())
g = raises_on_exit()
next(g)
try:
    g.close()
except KeyError as e:
    print('KeyError', e, type(e.__context__).__name__)


def delegating():
    try:
        yield from with_finally()
    finally:
        print('outer finally')


d = delegating()
next(d)
d.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
