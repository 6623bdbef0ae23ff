# as_completed yields awaitables in completion order; timeout raises TimeoutError.
import asyncio


async def job(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    coros = [job('slow', 0.05), job('fast', 0.01), job('mid', 0.03)]
    for aw in asyncio.as_completed(coros):
        print(await aw)
    results = []
    for aw in asyncio.as_completed([job(i, 0.01 * (5 - i)) for i in range(5)]):
        results.append(await aw)
    print(results)
    try:
        for aw in asyncio.as_completed([job('a', 0.01), job('b', 0.5)], timeout=0.03):
            print('in time', await aw)
    except asyncio.TimeoutError:
        print('as_completed timed out')


asyncio.run(main())
