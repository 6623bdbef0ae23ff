# yield from forwards send/throw/close to the sub-generator and to iterators without them.
def sub():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print('sub caught', e)
            continue
        if v is None:
            return total
        total += v


def outer():
    r = yield from sub()
    print('sub returned', r)
    r2 = yield from iter(['x', 'y'])
    print('iterator gives', r2)
    return 'outer done'


g = outer()
print(next(g))
print(g.send(5), g.send(7))
print(g.throw(ValueError('delegated')))
print(g.send(None))
print(next(g))
try:
    g.throw(KeyError('to outer'))
except KeyError as e:
    print('iterator has no throw: outer raised', e)


class Sendless:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(self.i)
        return self.i


def uses_sendless():
    r = yield from Sendless()
    return r


u = uses_sendless()
print(next(u))
try:
    u.send('value')
except AttributeError as e:
    print('AttributeError', e)


def chain(depth):
    if depth == 0:
        yield 'bottom'
        return 0
    r = yield from chain(depth - 1)
    return r + 1


c = chain(200)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print('depth', e.value)
