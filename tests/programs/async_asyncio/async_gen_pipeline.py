# A streaming pipeline of async generators with asyncio sleeps and a queue-fed source.
import asyncio


async def source(q):
    while True:
        item = await q.get()
        if item is None:
            return
        yield item


async def parse(lines):
    async for line in lines:
        await asyncio.sleep(0)
        k, _, v = line.partition('=')
        yield k.strip(), int(v)


async def running_total(pairs):
    total = 0
    async for k, v in pairs:
        total += v
        yield k, total


async def feeder(q):
    for line in ['a = 1', 'b = 2', 'c = 30', 'd = -4']:
        await asyncio.sleep(0.01)
        print('feed', line)
        await q.put(line)
    await q.put(None)


async def main():
    q = asyncio.Queue()
    asyncio.create_task(feeder(q))
    async for k, total in running_total(parse(source(q))):
        print('total after', k, '=', total)
    evens = [x async for x in running_total(parse(gen_lines())) if x[1] % 2 == 0]
    print(evens)


async def gen_lines():
    for i in range(6):
        yield f'k{i}={i}'


asyncio.run(main())
