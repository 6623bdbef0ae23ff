# An exception escaping main() ends asyncio.run with the traceback and exit status 1.
import asyncio


async def validate(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError(f'negative: {x}')
    return x


async def main():
    for x in (3, 1, -2):
        print('valid', await validate(x))


asyncio.run(main())
