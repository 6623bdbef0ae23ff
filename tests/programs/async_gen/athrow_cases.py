# athrow(): the exception is raised at the yield; the generator may handle it and yield again.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def resilient():
    i = 0
    while i < 5:
        try:
            yield i
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
        i += 1


async def fragile():
    yield 1
    yield 2


async def main():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError('bad')))
    print(await g.__anext__())
    print(await g.athrow(ValueError, 'typed'))
    print(await g.__anext__())
    print(await g.athrow(ValueError, ValueError('inst')))
    try:
        await g.athrow(KeyError('k'))
    except KeyError as e:
        print('KeyError escaped', e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('finished after error')
    f = fragile()
    try:
        await f.athrow(RuntimeError('before start'))
    except RuntimeError as e:
        print('RuntimeError', e)
    print(f.ag_frame)
    for args in [(), (1,), (ValueError, 1, 2, 3), (ValueError(1), 2), (ValueError, 1, 'tb')]:
        f3 = fragile()
        await f3.__anext__()
        try:
            await f3.athrow(*args)
        except TypeError as e:
            print('TypeError', e)
        # A failed argument check leaves the generator marked as running (as in CPython).
        print('running after bad athrow:', f3.ag_running)
    f2 = fragile()
    await f2.__anext__()
    print(await f2.__anext__())
    try:
        await f2.athrow(OSError)
    except OSError as e:
        print('OSError', type(e).__name__, e.args)


run(main())
