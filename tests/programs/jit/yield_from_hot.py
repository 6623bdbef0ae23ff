# `yield from` in hot generators: delegation to generators, ranges, lists and iterator classes,
# return values, send(), throw() and close() while suspended in the delegate, and errors.
import sys


def inner(n):
    got = []
    for i in range(n):
        x = yield i
        if x is not None:
            got.append(x)
    return sum(got)


def outer(n):
    r = yield from inner(n)
    yield "inner returned %d" % r


def flatten(chunks):
    for c in chunks:
        yield from c


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def catcher():
    while True:
        try:
            yield 1
        except KeyError:
            yield "caught KeyError"


def delegating_catcher():
    yield from catcher()


def bad_delegate():
    yield from 5


def run():
    total = 0
    for _ in range(60):
        for v in flatten([range(5), [10, 20], Countdown(4), (x * 2 for x in range(3))]):
            total += v
    print("total", total)
    g = outer(6)
    out = [next(g)]
    for k in range(5):
        out.append(g.send(k * 10))
    out.append(next(g))
    print(out)
    d = delegating_catcher()
    print(next(d), d.throw(KeyError), next(d))
    d.close()
    print("closed", d.gi_frame is None)
    try:
        list(bad_delegate())
    except TypeError:
        print("TypeError", sys.exc_info()[1])
    s = 0
    for _ in range(40):
        g = outer(4)
        for v in g:
            s += v if isinstance(v, int) else len(v)
    print("s", s)


run()
