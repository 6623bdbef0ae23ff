# PEP 479: StopIteration leaking out of a generator body becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration('leaked')


def next_leak():
    it = iter([])
    yield 'start'
    next(it)


def subclass_leak():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop


for f in (leaky, next_leak, subclass_leak):
    g = f()
    print(next(g))
    try:
        next(g)
    except RuntimeError as e:
        print(f.__name__, 'RuntimeError', e, '| cause:', type(e.__cause__).__name__, e.__cause__.args,
              e.__suppress_context__)
    print(next(g, 'done'))


async def coro_leak():
    raise StopIteration


c = coro_leak()
try:
    c.send(None)
except RuntimeError as e:
    print('coroutine:', e)


def returns_value():
    yield 1
    return 'value'


g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration.value', e.value, e.args)
print(list(returns_value()))


def gen_expr_stop():
    return list(x for x in [1, 2] if next(iter([])) or True)


try:
    gen_expr_stop()
except RuntimeError as e:
    print('genexpr', e)
