# Semaphore limits concurrency; BoundedSemaphore refuses extra releases.
import asyncio

active = 0
peak = 0


async def fetch(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print('start', i, 'active', active)
        await asyncio.sleep(0.01 * (i % 3 + 1))
        active -= 1
        print('done', i)
        return i * 10


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    res = await asyncio.gather(*(fetch(sem, i) for i in range(6)))
    print(res, 'peak', peak)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    s = asyncio.Semaphore(0)

    async def releaser():
        await asyncio.sleep(0.01)
        print('releasing')
        s.release()
    asyncio.create_task(releaser())
    print('acquired', await s.acquire())


asyncio.run(main())
