# asyncio.Runner for several runs on one loop; new_event_loop/run_until_complete by hand.
import asyncio


async def step(x):
    await asyncio.sleep(0.01)
    return x + 1


with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(10)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(step(100)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'set by callback')
print(loop.run_until_complete(fut))
try:
    loop.run_until_complete(asyncio.sleep(0.01, 'x'))
    print('ran again')
finally:
    loop.close()
print(loop.is_closed())
c = step(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()


async def names():
    t = asyncio.current_task()
    return t.get_name().startswith('Task-')


print(asyncio.run(names()))
