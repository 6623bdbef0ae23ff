# asyncio.wait: FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION, timeout; done/pending sets.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [('a', 0.01), ('b', 0.03), ('c', 0.05)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first completed', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all completed', names(done), names(pending), sorted(t.result() for t in done))
    ts = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [('x', 0.01, False), ('y', 0.02, True), ('z', 0.05, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception())
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print('timeout', names(done), names(pending))
    await asyncio.wait(pending)
    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
            if not isinstance(bad, list):
                bad.close()
    try:
        await asyncio.wait([ts[0]], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)


asyncio.run(main())
