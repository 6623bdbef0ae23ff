# loop.call_soon / call_later / call_at ordering on the loop's clock; cancelled handles.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, 'soon 1')
    loop.call_later(0.02, log.append, 'later 0.02')
    loop.call_later(0.01, log.append, 'later 0.01')
    h = loop.call_later(0.015, log.append, 'cancelled')
    loop.call_soon(log.append, 'soon 2')
    loop.call_at(loop.time() + 0.03, log.append, 'at +0.03')
    h.cancel()
    print(h.cancelled())
    log.append('main before sleep')
    await asyncio.sleep(0)
    log.append('main after sleep(0)')
    await asyncio.sleep(0.05)
    print(log)
    order = []

    def chain(n):
        order.append(n)
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 0)
    loop.call_soon(order.append, 'other')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order)
    loop.set_debug(True)
    try:
        loop.call_soon(5)
    except TypeError as e:
        print('TypeError', e)
    try:
        loop.call_later(1, main)
    except TypeError as e:
        print('TypeError', e)
    loop.set_debug(False)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'timer fired')
    print(await fut)


asyncio.run(main())
