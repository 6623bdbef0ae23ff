def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g), g.send(1), g.send('two'))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration value:', e.value)
def accum():
    total = 0
    while True:
        x = yield total
        total += x
a = accum()
next(a)
print([a.send(i) for i in range(5)])
a.close()
print('closed')
