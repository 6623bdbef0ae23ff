# Generator-based coroutines (code flagged CO_ITERABLE_COROUTINE, like types.coroutine) awaited.
import asyncio


def coroutine(func):
    func.__code__ = func.__code__.replace(co_flags=func.__code__.co_flags | 0x100)
    return func


@coroutine
def legacy_sleep(n):
    for _ in range(n):
        yield
    return f'slept {n} rounds'


@coroutine
def legacy_delegate():
    r = yield from legacy_sleep(2)
    return 'delegated: ' + r


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    print(legacy_sleep.__code__.co_flags & 0x100 != 0)
    r = await asyncio.gather(legacy_sleep(3), spinner('s', 3))
    print(r[0])
    print(await legacy_delegate())

    def plain():
        yield
    try:
        await plain()
    except TypeError as e:
        print('TypeError', e)
    print(asyncio.iscoroutine(legacy_sleep(1)), asyncio.iscoroutinefunction(legacy_sleep))


asyncio.run(main())
