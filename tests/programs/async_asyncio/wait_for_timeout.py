# wait_for: result in time, TimeoutError (the builtin) on timeout, the inner task cancelled.
import asyncio


async def slow(delay, label):
    try:
        await asyncio.sleep(delay)
        return label
    except asyncio.CancelledError:
        print(label, 'was cancelled by wait_for')
        raise


async def main():
    print(await asyncio.wait_for(slow(0.01, 'quick'), timeout=0.05))
    try:
        await asyncio.wait_for(slow(0.05, 'late'), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(0.05, 'zero'), timeout=0)
    except TimeoutError:
        print('timeout=0 raises TimeoutError')
    print(await asyncio.wait_for(slow(0.01, 'no timeout'), None))
    t = asyncio.create_task(slow(0.03, 'task'))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print('task cancelled?', t.cancelled())

    async def failing():
        await asyncio.sleep(0.01)
        raise KeyError('inner')
    try:
        await asyncio.wait_for(failing(), 1)
    except KeyError as e:
        print('KeyError', e)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(slow(10, 'long'), 0.05)
    except TimeoutError:
        print('elapsed', round(loop.time() - t0, 1))


asyncio.run(main())
