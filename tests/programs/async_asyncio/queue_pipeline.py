# Producer/consumer pipelines over asyncio.Queue: bounded queues, join/task_done, sentinels.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('produced', i, 'qsize', q.qsize())
    await q.put(None)


async def square(inq, outq):
    while True:
        x = await inq.get()
        inq.task_done()
        if x is None:
            await outq.put(None)
            return
        await outq.put(x * x)


async def collector(q):
    got = []
    while True:
        x = await q.get()
        q.task_done()
        if x is None:
            return got
        print('collected', x)
        got.append(x)


async def main():
    a = asyncio.Queue(maxsize=2)
    b = asyncio.Queue()
    print(a.maxsize, a.empty(), a.full())
    res = await asyncio.gather(producer(a, 5), square(a, b), collector(b))
    print(res[2])
    await a.join()
    print('joined', a.empty(), b.qsize())

    work = asyncio.Queue()
    for i in range(6):
        work.put_nowait(i)

    async def worker(name):
        while True:
            item = await work.get()
            await asyncio.sleep(0.01 * (item % 3 + 1))
            print(name, 'did', item)
            work.task_done()
    workers = [asyncio.create_task(worker(f'w{i}')) for i in range(2)]
    await work.join()
    print('all work done', work.qsize())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
