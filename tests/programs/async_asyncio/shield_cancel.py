# shield(): cancelling the outer await leaves the inner task running.
import asyncio


async def important():
    await asyncio.sleep(0.02)
    print('important work finished')
    return 'saved'


async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print('outer timed out; inner cancelled?', inner.cancelled())
    print(await inner)
    done = asyncio.create_task(asyncio.sleep(0, 'ready'))
    await asyncio.sleep(0)
    print(asyncio.shield(done) is done)

    async def waiter(fut):
        try:
            return await fut
        except asyncio.CancelledError:
            print('waiter cancelled')
            raise
    inner2 = asyncio.create_task(important())
    w = asyncio.create_task(waiter(asyncio.shield(inner2)))
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0.03)
    print(w.cancelled(), inner2.result())


asyncio.run(main())
