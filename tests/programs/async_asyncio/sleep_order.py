# Interleaving of tasks by sleep(0) and timed sleeps; results of sleep(result=...).
import asyncio


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def timed(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        print(name, 'woke after', d)


async def main():
    await asyncio.gather(spinner('a', 3), spinner('b', 2), spinner('c', 4))
    print('---')
    await asyncio.gather(timed('x', [0.02, 0.02]), timed('y', [0.01, 0.02]), timed('z', [0.05]))
    print(await asyncio.sleep(0, result='zero'))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(-1, 'negative'))
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print(loop.time() - t0 >= 0.05)


asyncio.run(main())
