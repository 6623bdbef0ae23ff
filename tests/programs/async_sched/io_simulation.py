# A scheduler simulating non-blocking I/O: tasks wait on named "sockets" fed by a timeline.
class Loop:
    def __init__(self, timeline):
        self.ready = []
        self.blocked = {}
        self.timeline = sorted(timeline)
        self.tick = 0

    def spawn(self, gen):
        self.ready.append((gen, None))

    def run(self):
        while self.ready or self.blocked:
            if not self.ready:
                tick, sock, data = self.timeline.pop(0)
                self.tick = tick
                if sock in self.blocked:
                    gen = self.blocked.pop(sock)
                    self.ready.append((gen, data))
                continue
            gen, value = self.ready.pop(0)
            try:
                op, sock = gen.send(value)
            except StopIteration as e:
                print(f'[{self.tick}] task returned {e.value!r}')
                continue
            if op == 'read':
                self.blocked[sock] = gen


def reader(sock, n):
    got = []
    for _ in range(n):
        data = yield ('read', sock)
        print(f'{sock} read {data!r}')
        got.append(data)
    return ''.join(got)


loop = Loop([(3, 'b', 'B1'), (1, 'a', 'A1'), (2, 'a', 'A2'), (5, 'b', 'B2'), (4, 'c', 'C1')])
loop.spawn(reader('a', 2))
loop.spawn(reader('b', 2))
loop.spawn(reader('c', 1))
loop.run()
print('final tick', loop.tick)
