# The "concurrency from the ground up" scheduler: ready queue, sorted sleeping list, a virtual clock.


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.now = 0
        self.seq = 0
        self.current = None

    def new_task(self, gen, name):
        self.ready.append((name, gen))

    def call_later(self, delay, item):
        self.seq += 1
        self.sleeping.append((self.now + delay, self.seq, item))
        self.sleeping.sort(key=lambda entry: entry[:2])

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                when, _, item = self.sleeping.pop(0)
                self.now = when
                self.ready.append(item)
            name, gen = self.ready.pop(0)
            try:
                op = next(gen)
            except StopIteration as e:
                print(f'[{self.now}] {name} done -> {e.value}')
                continue
            kind, arg = op
            if kind == 'sleep':
                self.call_later(arg, (name, gen))
            elif kind == 'yield':
                self.ready.append((name, gen))


def sleep(t):
    yield ('sleep', t)


def switch():
    yield ('yield', None)


def worker(name, delay, n):
    for i in range(n):
        print(f'{name} working {i}')
        yield from sleep(delay)
    yield from switch()
    return f'{name}:{n}'


sched = Scheduler()
sched.new_task(worker('fast', 1, 4), 'fast')
sched.new_task(worker('slow', 3, 2), 'slow')
sched.new_task(worker('mid', 2, 3), 'mid')
sched.run()
print('clock', sched.now)
