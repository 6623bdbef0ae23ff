# Task objects: result()/exception() states, done callbacks, get_coro, current_task, all_tasks.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    if x is None:
        raise LookupError('no value')
    return x * 2


async def main():
    t = asyncio.create_task(compute(21))
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    t.add_done_callback(lambda f: print('done callback', f.result()))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    print(t.get_coro().__name__, t.done())
    print(await t, t.exception())
    await asyncio.sleep(0)
    bad = asyncio.create_task(compute(None))
    await asyncio.wait([bad])
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except LookupError as e:
        print('result re-raises', e)
    me = asyncio.current_task()
    print(me.get_name(), me.done(), me in asyncio.all_tasks())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError', e)
    other = asyncio.ensure_future(compute(1))
    print(type(other).__name__, await other)
    print(asyncio.ensure_future(other) is other)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print('TypeError', e)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'custom awaitable'
    print(await asyncio.ensure_future(Awaitable()))
    print(await Awaitable())


asyncio.run(main())
