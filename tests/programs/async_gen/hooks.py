# sys.set_asyncgen_hooks: firstiter runs when an async generator is first iterated.
import sys


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


seen = []


def firstiter(agen):
    seen.append(agen.__name__)
    print('firstiter', agen.__name__)


async def gen_a():
    yield 1
    yield 2


async def gen_b():
    yield 'b'


print(sys.get_asyncgen_hooks()[0])
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter)
print(sys.get_asyncgen_hooks()[0] is firstiter)


async def main():
    a = gen_a()
    print('created')
    print(await a.__anext__())
    print(await a.__anext__())
    b = gen_b()
    print(await b.asend(None))
    c = gen_a()
    await c.aclose()


run(main())
print(seen)
try:
    sys.set_asyncgen_hooks(firstiter=3)
except TypeError as e:
    print('TypeError', e)
try:
    sys.set_asyncgen_hooks(finalizer='x')
except TypeError as e:
    print('TypeError', e)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks()[0])
