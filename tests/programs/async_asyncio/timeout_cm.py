# asyncio.timeout(): the block is cancelled at the deadline and TimeoutError comes out.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError:
        print('timed out, expired =', cm.expired())
    async with asyncio.timeout(0.05) as cm:
        await asyncio.sleep(0.01)
        print('in time')
    print('expired', cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
        print('no deadline', cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print('timeout_at fired')
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(loop.time() + 0.03)
            await asyncio.sleep(0.02)
            print('survived reschedule')
            await asyncio.sleep(0.5)
    except TimeoutError:
        print('rescheduled deadline fired')


asyncio.run(main())
