# Coroutine pipelines driven by send(): source -> filter -> broadcast -> sinks.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, 'closed')


@coroutine
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(n)


lines = ['python is fun', 'the cat sat', 'python generators', 'spam and eggs', 'python']
results = []
p1 = printer('A:')
c = counter(results)
p2 = printer('B:')
pipe = grep('python', broadcast([p1, grep('gen', p2), c]))
for line in lines:
    pipe.send(line)
pipe.close()
for sink in (p1, p2, c):
    sink.close()
    print(sink.gi_frame)
print('count', results)
