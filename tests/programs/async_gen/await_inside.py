# await inside an async generator: the awaits pass through to whoever drives the awaitable.
def coroutine(func):
    # types.coroutine for a plain generator function: mark its code CO_ITERABLE_COROUTINE.
    func.__code__ = func.__code__.replace(co_flags=func.__code__.co_flags | 0x100)
    return func


@coroutine
def suspend(tag):
    got = yield ('suspend', tag)
    return got


async def ticker(n):
    for i in range(n):
        r = await suspend(i)
        yield (i, r)


def drive(coro, replies):
    replies = iter(replies)
    try:
        v = coro.send(None)
        while True:
            print('outer saw', v)
            v = coro.send(next(replies))
    except StopIteration as e:
        return e.value


async def main():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out


print(drive(main(), ['r0', 'r1', 'r2', 'r3']))


async def main2():
    g = ticker(2)
    aw = g.__anext__()
    return await aw


print(drive(main2(), ['only']))
