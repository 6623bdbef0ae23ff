# Task.cancel(): CancelledError at the await point, cleanup, catching it, cancel messages.
import asyncio


async def sleeper(name):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(1)
        print('never')
    except asyncio.CancelledError as e:
        print(name, 'got CancelledError', e.args)
        raise
    finally:
        print(name, 'cleanup')


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn swallowed cancel')
    return 'kept going'


async def main():
    t = asyncio.create_task(sleeper('t'))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel())
    print('cancelling', t.cancelling(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting cancelled task raised CancelledError')
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    t2 = asyncio.create_task(sleeper('t2'))
    await asyncio.sleep(0)
    t2.cancel('with message')
    try:
        await t2
    except asyncio.CancelledError as e:
        print('message', e.args)
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    t4 = asyncio.create_task(sleeper('t4'))
    t4.cancel()
    print('cancelled before it started')
    try:
        await t4
    except asyncio.CancelledError:
        print('t4 cancelled', t4.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
