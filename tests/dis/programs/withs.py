with open('a') as f, open('b') as g:
    print(f, g)
with lock:
    pass
async def af():
    async with a as b:
        pass
    async for x in y:
        print(x)
