# gather: result order, return_exceptions, the first exception propagating, empty gather.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print('finished', v)
    return v


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(value('slow', 0.03), value('fast', 0.01), value('mid', 0.02)))
    print(await asyncio.gather())
    r = await asyncio.gather(value(1, 0.01), fail('boom', 0.02), value(3, 0), return_exceptions=True)
    print([type(x).__name__ + ':' + str(x) for x in r])
    try:
        await asyncio.gather(value('a', 0.01), fail('first', 0.02), fail('second', 0.04))
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(0.05)
    c = value('shared', 0)
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(value('task', 0.01))
    print(await asyncio.gather(t, value('coro', 0)))
    outer = asyncio.gather(value('x', 0.01), value('y', 0.02))
    print(type(outer).__name__, outer.done())
    print(await outer, outer.done())


asyncio.run(main())
