# A tiny kernel driving `async def` coroutines with send(): traps are awaitables yielding requests.
class Trap:
    def __init__(self, *req):
        self.req = req

    def __await__(self):
        result = yield self.req
        return result


async def sleep(ticks):
    return await Trap('sleep', ticks)


async def spawn(coro):
    return await Trap('spawn', coro)


async def join(tid):
    return await Trap('join', tid)


class Kernel:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.next_id = 0
        self.results = {}
        self.joiners = {}

    def new(self, coro):
        self.next_id += 1
        self.ready.append((self.next_id, coro, None))
        return self.next_id

    def run(self, main):
        self.new(main)
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda e: (e[0], e[1]))
                when, tid, coro = self.sleeping.pop(0)
                self.clock = when
                self.ready.append((tid, coro, None))
                continue
            tid, coro, value = self.ready.pop(0)
            try:
                req = coro.send(value)
            except StopIteration as e:
                self.results[tid] = e.value
                for waiter in self.joiners.pop(tid, []):
                    self.ready.append((waiter[0], waiter[1], e.value))
                continue
            if req[0] == 'sleep':
                self.sleeping.append((self.clock + req[1], tid, coro))
            elif req[0] == 'spawn':
                self.ready.append((tid, coro, self.new(req[1])))
            elif req[0] == 'join':
                if req[1] in self.results:
                    self.ready.append((tid, coro, self.results[req[1]]))
                else:
                    self.joiners.setdefault(req[1], []).append((tid, coro))
        return self.results[1]


async def child(name, n):
    for i in range(n):
        print(f'[{k.clock}] {name} {i}')
        await sleep(2 if name == 'slow' else 1)
    return f'{name} x{n}'


async def main():
    a = await spawn(child('fast', 3))
    b = await spawn(child('slow', 2))
    print('spawned', a, b)
    rb = await join(b)
    ra = await join(a)
    return [ra, rb]


k = Kernel()
print(k.run(main()), 'at clock', k.clock)
