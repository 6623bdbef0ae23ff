# Async generators driven by hand: __anext__ awaitables, StopAsyncIteration at the end.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def count(n):
    for i in range(n):
        yield i * 10


async def main():
    g = count(3)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(g.__aiter__() is g)
    aw = g.__anext__()
    print(type(aw).__name__)
    print(await aw)
    print(await g.__anext__())
    print(await g.__anext__())
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration as e:
            print('StopAsyncIteration', repr(e), e.args)
    return 'end'


print(run(main()))


class Box:
    async def items(self):
        yield 'a'
        yield 'b'


async def method_gen():
    b = Box()
    out = []
    async for x in b.items():
        out.append(x)
    print(out, Box.items.__qualname__, b.items().__qualname__)


run(method_gen())
