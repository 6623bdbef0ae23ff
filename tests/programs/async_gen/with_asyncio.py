# Async generators under asyncio: sleeps inside, async with inside, try/finally, interleaving.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print('open', self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        print('close', self.name, exc[0].__name__ if exc[0] else None)
        return False


async def ticks(name, n, delay):
    async with Resource(name):
        try:
            for i in range(n):
                await asyncio.sleep(delay)
                yield f'{name}{i}'
        finally:
            print('finally', name)


async def consume(name, n, delay):
    out = []
    async for v in ticks(name, n, delay):
        print('got', v)
        out.append(v)
    return out


async def main():
    r = await asyncio.gather(consume('a', 3, 0.02), consume('b', 2, 0.05))
    print(r)
    g = ticks('c', 5, 0)
    print(await g.__anext__())
    print(await g.__anext__())
    await g.aclose()
    print('closed c')


asyncio.run(main())
