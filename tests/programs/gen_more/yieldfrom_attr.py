# gi_yieldfrom shows the delegate while suspended in `yield from`, None otherwise.
def inner():
    yield 'i1'
    yield 'i2'
    return 'inner result'


def outer():
    print('before')
    r = yield from inner()
    print('inner returned', r)
    yield 'o1'
    yield from [10, 20]


g = outer()
print(g.gi_yieldfrom)
print(next(g))
yf = g.gi_yieldfrom
print(type(yf).__name__, yf.gi_code.co_name, yf.gi_running)
print(next(g))
print(next(g), g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__)
print(next(g))
print(next(g, 'exhausted'), g.gi_yieldfrom, g.gi_frame)


async def a():
    return 1


def gen():
    yield 1


c = a()
print(c.cr_await, c.cr_code.co_name)
c.close()
print(gen().gi_code.co_name, gen.__code__ is gen().gi_code)
done = gen()
list(done)
print(done.gi_code.co_name, done.gi_frame, done.gi_running)
