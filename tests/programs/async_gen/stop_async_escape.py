# StopAsyncIteration raised inside an async generator body becomes RuntimeError, uncaught.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def broken():
    yield 'first'
    raise StopAsyncIteration


async def main():
    async for x in broken():
        print(x)


run(main())
