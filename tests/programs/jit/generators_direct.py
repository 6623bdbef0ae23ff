# Generators consumed by for loops and builtins in hot code, resumed straight from the
# consumer or from sum()/list(): values,
# returns, exceptions raised inside them (caught inside, by the consumer, or turned into
# RuntimeError by PEP 479), and pipelines deeper than the direct-run limit.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def careful(n):
    for i in range(n):
        try:
            yield 10 // (i % 3)
        except ZeroDivisionError:
            yield -1


def breaks_at(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError("bad item %d" % i)
        yield i


def leaks_stop(n):
    for i in range(n):
        if i == n - 1:
            raise StopIteration("leaked")
        yield i


def chain(depth, n):
    if depth == 0:
        for i in range(n):
            yield i
        return
    for v in chain(depth - 1, n):
        yield v + 1


def consume():
    # No `except ... as e` here: the function stays translatable.
    total = 0
    for _ in range(40):
        for v in count(30):
            total += v
        for v in careful(9):
            total += v
    print("total", total)
    caught = 0
    for k in range(60):
        try:
            for v in breaks_at(20, k % 25):
                total += v
        except ValueError:
            caught += 1
    print("caught", caught, total)
    try:
        for v in leaks_stop(5):
            total += v
    except RuntimeError:
        e = sys.exc_info()[1]
        print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
    print("chain", sum(v for v in chain(50, 20)), list(chain(40, 3)))
    deep = 0
    for v in chain(45, 30):
        deep += v
    print("deep", deep)
    g = count(3)
    for v in g:
        pass
    print("finished", list(g), next(g, "empty"))


def by_builtins():
    # sum(), list(), sorted() and max() resume the generators from a builtin.
    out = []
    for k in range(120):
        out.append(sum(careful(9)) + len(list(count(k % 7))) + max(v for v in count(5)))
    print("builtins", sum(out), sorted(chain(3, 4)))
    errors = 0
    for k in range(30):
        try:
            sum(breaks_at(10, k % 12))
        except ValueError:
            errors += 1
    print("sum errors", errors)
    try:
        list(leaks_stop(4))
    except RuntimeError:
        print("list", sys.exc_info()[1])


consume()
by_builtins()
