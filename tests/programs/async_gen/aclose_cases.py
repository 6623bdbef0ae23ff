# aclose(): GeneratorExit at the yield; finally blocks run; ignoring it is a RuntimeError.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        yield 'refuse'


async def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print('exiting cleanly')


async def raises_other():
    try:
        yield 1
    finally:
        raise ValueError('from finally')


async def main():
    log = []
    g = with_finally(log)
    print(await g.__anext__())
    print(await g.aclose(), log)
    print(await g.aclose(), log)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed generator is exhausted')
    g = with_finally(log)
    print(await g.aclose(), log)
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)
    c = catches_and_returns()
    await c.__anext__()
    print(await c.aclose())
    r = raises_other()
    await r.__anext__()
    try:
        await r.aclose()
    except ValueError as e:
        print('ValueError', e, type(e.__context__).__name__)
    done = with_finally(log)
    async for _ in done:
        pass
    print(await done.aclose(), log)


run(main())
