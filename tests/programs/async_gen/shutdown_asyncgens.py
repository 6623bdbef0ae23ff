# asyncio.run() closes async generators left suspended when main() returns.
import asyncio


async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print('numbers finally (closed at shutdown)')


keep = []


async def main():
    g = numbers()
    keep.append(g)
    print(await g.__anext__())
    print(await g.__anext__())
    print('main returns')
    return 'result'


print(asyncio.run(main()))
print('after run', keep[0].ag_frame)
