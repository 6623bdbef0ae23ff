# send(): just-started rules, values in yield expressions, send after exhaustion, arity errors.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v == 'stop':
            return received
        received.append(v)


g = echo()
try:
    g.send('early')
except TypeError as e:
    print('TypeError', e)
print(g.send(None))
print(g.send('a'), g.send('b'), g.send(None))
try:
    g.send('stop')
except StopIteration as e:
    print('returned', e.value)
try:
    g.send('again')
except StopIteration as e:
    print('exhausted send -> StopIteration', e.args)
try:
    echo().send()
except TypeError as e:
    print('TypeError', e)
try:
    echo().send(1, 2)
except TypeError as e:
    print('TypeError', e)


async def co():
    return 5


c = co()
try:
    c.send(1)
except TypeError as e:
    print('TypeError', e)
try:
    c.send(None)
except StopIteration as e:
    print('coroutine returned', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)


def expr_yields():
    x = (yield 1) + (yield 2)
    yield x


e = expr_yields()
print(next(e), e.send(10), e.send(20), next(e, "end"))
