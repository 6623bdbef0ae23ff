def gen():
    yield 1
    x = yield
    yield from range(3)
    return x

def gen2(it):
    for i in it:
        yield i * 2

async def co():
    async for x in aiter():
        yield x
