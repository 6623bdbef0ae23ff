# The aiter() and anext() builtins, with and without a default.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(agen(2))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, 'default'))
    print(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    c = Countdown(3)
    print(aiter(c) is c)
    print([await anext(c, -1) for _ in range(5)])
    for bad in (3, [1], 'ab'):
        try:
            aiter(bad)
        except TypeError as e:
            print('TypeError', e)
        try:
            anext(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        anext()
    except TypeError as e:
        print('TypeError', e)
    try:
        anext(agen(1), 1, 2)
    except TypeError as e:
        print('TypeError', e)

    class Bad:
        def __aiter__(self):
            return 5
    try:
        aiter(Bad())
    except TypeError as e:
        print('TypeError', e)
    aw = anext(agen(0), 'x')
    print(type(aw).__name__)
    print(await aw)


run(main())
