# Queue's nowait methods and errors: QueueEmpty, QueueFull, task_done too often; Lifo/Priority.
import asyncio


async def main():
    q = asyncio.Queue(2)
    q.put_nowait('a')
    q.put_nowait('b')
    print(q.full(), q.qsize())
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull', issubclass(asyncio.QueueFull, Exception))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (4, 'd'), (2, 'b'), (0, 'z')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(5)])
    q2 = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0.01)
        await q2.put('late')
    asyncio.create_task(late_put())
    print('waiting')
    print(await q2.get())
    try:
        await asyncio.wait_for(q2.get(), 0.01)
    except TimeoutError:
        print('get timed out', q2.empty(), len(q2._getters))
    q3 = asyncio.Queue(1)
    await q3.put(1)
    order = []

    async def putter(v):
        await q3.put(v)
        order.append(v)
    ts = [asyncio.create_task(putter(v)) for v in (2, 3)]
    await asyncio.sleep(0)
    for _ in range(3):
        order.append(('got', await q3.get()))
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(order)


asyncio.run(main())
