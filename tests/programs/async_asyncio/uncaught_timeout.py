# An uncaught TimeoutError from wait_for, after other tasks printed.
import asyncio


async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.01)


async def main():
    asyncio.create_task(ticker())
    await asyncio.wait_for(asyncio.sleep(1), 0.025)


asyncio.run(main())
