# asend(): values sent into an async generator come back from its yield expression.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            print('got None')
            continue
        total += got


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print('echo finally', received)


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    for n in (5, 10, -3):
        print('total', await acc.asend(n))
    print(await acc.__anext__())
    e = echo()
    print(await e.__anext__())
    print(await e.asend('a'))
    print(await e.asend('b'))
    print(await e.aclose())
    g = accumulator()
    try:
        await g.asend(5)
    except TypeError as ex:
        print('TypeError', ex)
    try:
        g.asend()
    except TypeError as ex:
        print('TypeError', ex)


run(main())
