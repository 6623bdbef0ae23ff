# Generator tasks exchanging messages through mailboxes, scheduled round robin.
class Kernel:
    def __init__(self):
        self.tasks = {}
        self.ready = []
        self.mailboxes = {}
        self.waiting = {}

    def spawn(self, name, gen):
        self.tasks[name] = gen
        self.mailboxes[name] = []
        self.ready.append((name, None))

    def run(self):
        while self.ready:
            name, value = self.ready.pop(0)
            gen = self.tasks[name]
            try:
                req = gen.send(value)
            except StopIteration as e:
                print('exit', name, e.value)
                continue
            op = req[0]
            if op == 'send':
                _, dest, msg = req
                if dest in self.waiting:
                    del self.waiting[dest]
                    self.ready.append((dest, (name, msg)))
                else:
                    self.mailboxes[dest].append((name, msg))
                self.ready.append((name, None))
            elif op == 'recv':
                box = self.mailboxes[name]
                if box:
                    self.ready.append((name, box.pop(0)))
                else:
                    self.waiting[name] = True


def ping(n):
    for i in range(n):
        yield ('send', 'pong', i)
        sender, reply = yield ('recv',)
        print('ping got', reply, 'from', sender)
    yield ('send', 'pong', None)
    return 'ping done'


def pong():
    handled = 0
    while True:
        sender, msg = yield ('recv',)
        if msg is None:
            return handled
        handled += 1
        yield ('send', sender, msg * 100)


k = Kernel()
k.spawn('pong', pong())
k.spawn('ping', ping(3))
k.run()
print(k.waiting, {n: len(b) for n, b in k.mailboxes.items()})
