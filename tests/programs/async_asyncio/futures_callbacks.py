# Future: set_result/set_exception, done callbacks scheduled with call_soon, InvalidStateError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    fut.add_done_callback(lambda f: print('callback 1', f.result()))
    fut.add_done_callback(lambda f: print('callback 2'))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    loop.call_later(0.01, fut.set_result, 'value')
    print('awaiting')
    print('awaited', await fut)
    await asyncio.sleep(0)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError:
        print('set twice -> InvalidStateError')
    f2 = loop.create_future()
    f2.set_exception(ValueError('bad'))
    print(type(f2.exception()).__name__)
    try:
        await f2
    except ValueError as e:
        print('awaited exception', e)
    f3 = asyncio.Future()
    cb = lambda f: print('removed callback should not run')
    f3.add_done_callback(cb)
    print('removed', f3.remove_done_callback(cb))
    f3.cancel()
    print(f3.cancelled(), f3.cancel())
    try:
        await f3
    except asyncio.CancelledError:
        print('awaiting cancelled future')
    f4 = loop.create_future()
    try:
        f4.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)
    f4.set_exception(KeyError)
    print(repr(f4.exception()))
    f5 = loop.create_future()
    f5.set_result(1)
    f5.add_done_callback(lambda f: print('late callback runs soon'))
    print('before sleep')
    await asyncio.sleep(0)
    print(asyncio.isfuture(f5), asyncio.isfuture(1))


asyncio.run(main())
