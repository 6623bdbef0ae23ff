# A round-robin scheduler of generator tasks: each `yield` hands control to the next task.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []

    def spawn(self, gen, name):
        self.ready.append((name, gen))

    def run(self):
        while self.ready:
            name, gen = self.ready.pop(0)
            try:
                note = next(gen)
                self.log.append((name, note))
                self.ready.append((name, gen))
            except StopIteration as e:
                print(name, 'finished with', e.value)


def countdown(n):
    while n > 0:
        print('T-minus', n)
        yield n
        n -= 1
    return 'liftoff'


def countup(limit):
    i = 0
    while i < limit:
        print('up', i)
        yield i
        i += 1
    return limit


s = Scheduler()
s.spawn(countdown(3), 'down')
s.spawn(countup(5), 'up')
s.spawn(iter([]) if False else countdown(1), 'short')
s.run()
print(s.log)
