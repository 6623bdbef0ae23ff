# gi_running and "ValueError: generator already executing" when a generator re-enters itself.
def selfish():
    print('running inside:', g.gi_running)
    try:
        next(g)
    except ValueError as e:
        print('ValueError', e)
    try:
        g.send(1)
    except ValueError as e:
        print('ValueError', e)
    try:
        g.throw(KeyError)
    except ValueError as e:
        print('ValueError', e)
    yield 1
    yield 2


g = selfish()
print(g.gi_running)
print(next(g))
print(g.gi_running)


def closer():
    try:
        g2.close()
    except ValueError as e:
        print('close ValueError', e)
    yield 'x'


g2 = closer()
print(next(g2))


async def coro():
    try:
        c.send(None)
    except ValueError as e:
        print('ValueError', e)
    return 'coro done'


c = coro()
try:
    c.send(None)
except StopIteration as e:
    print(e.value, c.cr_running)
