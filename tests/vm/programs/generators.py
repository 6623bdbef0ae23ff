def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g), g.send('a'), g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def delegator():
    r = yield from count(3)
    print("sub returned", r)
    yield from [10, 20]
    return 'outer'
print(list(delegator()))
def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 2
    finally:
        print("gen finally")
g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = closer()
next(g)
g.close()
print("closed")
squares = (x * x for x in range(6) if x % 2 == 0)
print(sum(squares))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fibs():
    if f > 100:
        break
    out.append(f)
print(out)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
g = count(3)
print(iter(g) is g)
def just_started():
    yield
try:
    just_started().send(5)
except TypeError as e:
    print(e)
def inner_gen():
    x = yield 'first'
    print('inner got', x)
    return 'inner result'
def outer_gen():
    result = yield from inner_gen()
    print('outer got', result)
    yield 'last'
g = outer_gen()
print(next(g))
print(g.send('sent value'))
def thrower():
    yield from catcher()
t = thrower()
next(t)
print(t.throw(ValueError('delegated')))
t.close()
print([list(range(i)) for i in range(4)])
print(dict((k, k * 2) for k in 'abc'))
