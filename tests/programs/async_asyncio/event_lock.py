# Event wakes all waiters; Lock serializes critical sections; Condition notify order.
import asyncio


async def waiter(ev, name):
    print(name, 'waiting')
    await ev.wait()
    print(name, 'released')
    return name


async def critical(lock, name, log):
    async with lock:
        log.append(f'{name}+')
        await asyncio.sleep(0.01)
        log.append(f'{name}-')


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print('setting')
    ev.set()
    print(await asyncio.gather(*ts))
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(lock, n, log) for n in 'abc'))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    cond = asyncio.Condition()
    got = []

    async def consumer(i):
        async with cond:
            await cond.wait()
            got.append(i)
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print('after notify(2)', got)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    print('after notify_all', got)


asyncio.run(main())
