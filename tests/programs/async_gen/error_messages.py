# CPython's messages for misuse of async generators and their awaitables.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield 1
    yield 2


async def raises_stop():
    yield 1
    raise StopAsyncIteration('inner')


async def raises_stopiter():
    yield 1
    raise StopIteration('inner')


def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


async def main():
    show(lambda: [x for x in agen()])
    show(lambda: next(agen()))
    show(lambda: len(agen()))

    async def await_agen():
        await agen()
    show(lambda: run(await_agen()))

    async def for_agen():
        for x in agen():
            pass
    show(lambda: run(for_agen()))

    async def async_for_list():
        async for x in [1, 2]:
            pass
    show(lambda: run(async_for_list()))
    g = raises_stop()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)
    g = raises_stopiter()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)
    g = agen()
    aw = g.__anext__()
    print(await aw)
    show(lambda: aw.send(None))
    show(lambda: aw.throw(ValueError))
    ac = g.aclose()
    await ac
    show(lambda: ac.send(None))
    show(lambda: g.athrow(ValueError).send(None))


run(main())
