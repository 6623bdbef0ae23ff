# TaskGroup: waits for every task; the first failure cancels the rest; ExceptionGroup.
import asyncio


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        raise ValueError(f'{name} failed')
    print(name, 'done')
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('a', 0.02))
        t2 = tg.create_task(work('b', 0.01))
        print('inside group')
    print('group exited', t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('ok', 0.01))
            tg.create_task(work('bad', 0.02, fail=True))
            tg.create_task(work('slow', 0.05))
    except ExceptionGroup as eg:
        print('ExceptionGroup', [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('x', 0.01, fail=True))
            tg.create_task(work('y', 0.01, fail=True))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))
    tg = asyncio.TaskGroup()
    coro = work('z', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', str(e)[:30])
    coro.close()


asyncio.run(main())
