# TaskGroup: the block's exit waits for every task created in it; misuse errors.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print(name, 'done')
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('a', 0.02))
        t2 = tg.create_task(work('b', 0.01))
        t3 = tg.create_task(work('c', 0), name='named')
        print('inside group', t3.get_name())
    print('group exited', t1.result(), t2.result(), t3.result())
    async with asyncio.TaskGroup() as tg:
        pass
    print('empty group ok')
    async with asyncio.TaskGroup() as outer:
        async def nested():
            async with asyncio.TaskGroup() as inner:
                inner.create_task(work('inner1', 0.01))
                inner.create_task(work('inner2', 0.02))
            return 'nested done'
        n = outer.create_task(nested())
        outer.create_task(work('outer', 0.015))
    print(n.result())
    tg = asyncio.TaskGroup()
    coro = work('z', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
