# ag_running, ag_frame, ag_await, ag_code while an async generator is created, suspended and done.
def coroutine(func):
    func.__code__ = func.__code__.replace(co_flags=func.__code__.co_flags | 0x100)
    return func


@coroutine
def pause():
    yield 'paused'


async def agen():
    print('inside: running =', g.ag_running)
    await pause()
    yield 1
    yield 2


g = agen()
print(g.ag_running, g.ag_frame is not None, g.ag_await, g.ag_code.co_name)
aw = g.__anext__()
print(aw.send(None))
print('suspended at await: running =', g.ag_running, g.ag_await is not None)
aw2 = g.__anext__()
try:
    aw2.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    aw.send(None)
except StopIteration as e:
    print('value', e.value)
print('after yield: running =', g.ag_running, g.ag_await)
aw3 = g.__anext__()
try:
    aw3.send(None)
except StopIteration as e:
    print('value', e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print('done', g.ag_frame, g.ag_running, g.ag_code.co_name)
g2 = agen()
c = g2.aclose()
try:
    c.send(None)
except StopIteration:
    print('closed before start', g2.ag_frame)
g3 = agen()
aw = g3.__anext__()
aw.send(None)
try:
    g3.aclose().send(None)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    g3.athrow(ValueError).send(None)
except RuntimeError as e:
    print('RuntimeError', e)
