# An exception escaping an async generator propagates through async for to the top.
import asyncio


async def parse(lines):
    for line in lines:
        await asyncio.sleep(0)
        yield int(line)


async def main():
    total = 0
    async for n in parse(['1', '2', 'x3']):
        total += n
        print('total', total)


asyncio.run(main())
