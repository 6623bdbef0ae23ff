async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
coro = main()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def uses():
    r = await Awaitable()
    return r + 1
c = uses()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("final", e.value)
