# Failures from a TaskGroup arrive as one ExceptionGroup that can be split by type; a body
# error joins the task errors; an uncaught group ends the program.
import asyncio


async def fail(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, 0.01))
            tg.create_task(fail(TypeError, 0.01))
            tg.create_task(fail(ValueError, 0.01))
    except ExceptionGroup as eg:
        values, others = eg.split(ValueError)
        print(len(values.exceptions), [str(e) for e in others.exceptions])
        print(eg.__cause__, eg.__suppress_context__)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError, 0.05))
            await asyncio.sleep(0.01)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print([type(e).__name__ for e in eg.exceptions])

    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(OSError, 0.01))
        tg.create_task(fail(ZeroDivisionError, 0.02))


asyncio.run(main())
