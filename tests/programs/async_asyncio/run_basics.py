# asyncio.run: return values, nested awaits, iscoroutine/iscoroutinefunction, errors from run().
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def chain(n):
    if n == 0:
        return 0
    return n + await chain(n - 1)


async def main():
    print(await add(1, 2))
    print(await chain(50))
    print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
    c = add(1, 1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(add))
    print(await c)
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    return 'main result'


print(asyncio.run(main()))
print(asyncio.run(add(20, 22)))
try:
    asyncio.run(add)
except ValueError as e:
    print('ValueError', str(e)[:30])
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)


async def nested():
    coro = add(1, 2)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()


asyncio.run(nested())


class Methods:
    async def m(self):
        return 'method'


print(asyncio.iscoroutinefunction(Methods().m), asyncio.run(Methods().m()))
