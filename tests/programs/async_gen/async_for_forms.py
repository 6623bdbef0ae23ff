# async for over async generators: else clauses, break, continue, nested loops, closures.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n, tag=''):
    for i in range(n):
        yield f'{tag}{i}'


async def main():
    async for x in agen(3):
        print('x', x)
    else:
        print('else ran')
    async for x in agen(5):
        if x == '1':
            continue
        if x == '3':
            break
        print('y', x)
    else:
        print('not printed')
    for outer in range(2):
        async for inner in agen(2, f'o{outer}-'):
            print(outer, inner)
    total = []
    async for a in agen(2, 'a'):
        async for b in agen(2, 'b'):
            total.append(a + b)
    print(total)

    def make(k):
        async def g():
            for i in range(k):
                yield i + k
        return g
    async for v in make(3)():
        print('closure', v)
    async for (i, s) in pairs():
        print(i, s)


async def pairs():
    for p in enumerate('xy'):
        yield p


run(main())
