# create_task schedules the first step; tasks run in FIFO order when the creator yields.
import asyncio


async def job(name, steps):
    print('start', name)
    for i in range(steps):
        await asyncio.sleep(0)
        print(name, 'step', i)
    print('end', name)
    return name.upper()


async def main():
    t1 = asyncio.create_task(job('one', 2))
    t2 = asyncio.create_task(job('two', 1), name='custom')
    print('created', t1.get_name(), t2.get_name(), t1.done())
    print('before await')
    r1 = await t1
    print('r1', r1, t2.done())
    r2 = await t2
    print('r2', r2, t1.result(), t2.result())
    t3 = asyncio.create_task(job('three', 0))
    t3.set_name('renamed')
    print(t3.get_name())
    await asyncio.sleep(0)
    print('t3 done?', t3.done())
    await t3
    print(asyncio.current_task().get_name())
    tasks = [asyncio.create_task(job(f'j{i}', i % 2)) for i in range(4)]
    for t in tasks:
        print(await t)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
