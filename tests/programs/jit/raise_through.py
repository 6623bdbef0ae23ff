# Exceptions raised in hot translated code, caught at every distance: in the same function,
# through chains of direct calls, generators, operator methods, properties and native callers.
# The traceback each one carries (function names and lines) and the context chaining must be
# CPython's.
import sys


def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def lookup(d, keys):
    hits = misses = 0
    for k in keys:
        try:
            hits += d[k]
        except KeyError:
            misses += 1
    return hits, misses


def parse_all(words):
    out = []
    for w in words:
        try:
            out.append(int(w))
        except ValueError as e:
            out.append(str(e)[:25])
    return out


def drain(it):
    n = 0
    while True:
        try:
            next(it)
        except StopIteration:
            return n
        n += 1


def down(k):
    if k == 0:
        raise LookupError("bottom")
    return down(k - 1) + 1


def catch_down(k):
    try:
        return down(k)
    except LookupError as e:
        return len(frames(e))


def gen(n):
    for i in range(n):
        if i == 3:
            raise ValueError("gen failed at 3")
        yield i


def consume(n):
    total = 0
    try:
        for x in gen(n):
            total += x
    except ValueError as e:
        return total, frames(e)
    return total, None


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if other.x < 0:
            raise ArithmeticError("negative")
        return V(self.x + other.x)

    @property
    def half(self):
        if self.x % 2:
            raise AttributeError("odd")
        return self.x // 2


def add_all(vs):
    acc = V(0)
    bad = 0
    for v in vs:
        try:
            acc = acc + v
        except ArithmeticError:
            bad += 1
    return acc.x, bad


def halves(vs):
    out = []
    for v in vs:
        try:
            out.append(v.half)
        except AttributeError as e:
            out.append(str(e))
    return out


def bad_key(x):
    if x == 2:
        raise TypeError("no key for 2")
    return -x


def sort_some(xs):
    try:
        return sorted(xs, key=bad_key)
    except TypeError as e:
        return [name for name, _ in frames(e)]


def chained(n):
    try:
        try:
            {}[n]
        except KeyError:
            raise RuntimeError("while handling")
    except RuntimeError as e:
        return type(e.__context__).__name__, e.__context__.args


def deep(k):
    return deep(k + 1) + 1


for rep in range(30):
    r = [
        lookup({"a": 1, "b": 2}, "abcab" * (rep % 3 + 1)),
        parse_all(["1", "x", str(rep), "2.5"]),
        drain(iter(range(rep % 7))),
        catch_down(rep % 12),
        consume(2 + rep % 4),
        add_all([V(1), V(-1), V(rep), V(-2)]),
        halves([V(2), V(3), V(rep)]),
        sort_some([3, 1, (rep + 1) % 4]),
        chained(rep),
    ]
    if rep < 27:
        print(rep, len(repr(r)), r[3], r[5])
    else:
        for v in r:
            print(rep, v)

sys.setrecursionlimit(200)
for rep in range(3):
    try:
        deep(0)
    except RecursionError as e:
        print("recursion", type(e).__name__, len(frames(e)) > 100)
