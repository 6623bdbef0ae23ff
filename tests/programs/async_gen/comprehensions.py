# Async comprehensions: list/set/dict/generator forms, with filters, await inside, nesting.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i


async def double(x):
    return x * 2


async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(10) if x % 3 == 0])
    print(sorted({x % 3 async for x in agen(10)}))
    print({x: x * x async for x in agen(4)})
    print([await double(x) async for x in agen(4)])
    print([await double(x) for x in range(3)])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(2) async for y in agen(2)])
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    nested = [[y async for y in agen(x)] async for x in agen(4)]
    print(nested)
    print(sum([x async for x in agen(101)]))


run(main())
