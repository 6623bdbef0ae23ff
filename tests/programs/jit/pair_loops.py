# `for a, b in …` over enumerate, dict items and zip in hot translated code, which takes the
# pair without making the tuple: every way such a loop ends or fails must stay CPython's.
import sys


def enum_sum(xs, start):
    total = 0
    last = None
    for i, x in enumerate(xs, start):
        total += i * x
        last = i
    return total, last


def gen(n):
    for i in range(n):
        yield i * 3


def items_text(d):
    out = []
    for k, v in d.items():
        out.append("%s=%s" % (k, v))
    return ",".join(out)


def zipped(a, b):
    out = []
    for x, y in zip(a, b):
        if x is None:
            break
        out.append(x + y)
    else:
        out.append("done")
    return out


def zip_strict(a, b):
    n = 0
    for x, y in zip(a, b, strict=True):
        n += 1
    return n


def zip_three(a, b, c):
    for x, y in zip(a, b, c):
        return x, y


def zip_one(a):
    for x, y in zip(a):
        return x, y


def mutate(d):
    for k, v in d.items():
        d[k + "!"] = v


def failing_gen():
    yield 1
    raise KeyError("from the generator")


def enum_failing():
    for i, x in enumerate(failing_gen()):
        pass


class MyEnum(enumerate):
    pass


def nested(rows):
    out = []
    for r, row in enumerate(rows):
        for c, (a, b) in enumerate(zip(row, row[1:])):
            out.append((r, c, a - b))
    return out


def partly_used(d):
    it = iter(d.items())
    first = next(it)
    rest = [k for k, v in it]
    return first, rest


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(label, type(e).__name__, e, tb.tb_lineno)


for rep in range(20):
    r = [
        enum_sum([1, 2, 3, rep], rep),
        enum_sum(gen(rep % 5), 0),
        enum_sum([], 0),
        enum_sum([5, 6], 2 ** 53 - 1),
        items_text({"a": rep, "b": (1, 2), 3: None}),
        items_text({}),
        zipped([1, 2, 3], [10, 20]),
        zipped([1, None, 3], [1, 2, 3]),
        zipped((x for x in range(3)), "abc" if rep < 0 else [7, 8, 9]),
        nested([[rep, 2, 3], [4, 5]]),
        partly_used({"x": 1, "y": 2, "z": 3}),
        [(i, x) for i, x in MyEnum("ab")],
    ]
    if rep < 18:
        print(rep, len(repr(r)), r[0], r[3])
    else:
        for v in r:
            print(rep, v)
        attempt("strict short", zip_strict, [1, 2], [1])
        attempt("strict long", zip_strict, [1], [1, 2])
        attempt("strict ok", zip_strict, [1, 2], "ab")
        attempt("three", zip_three, [1], [2], [3])
        attempt("one", zip_one, [1])
        attempt("mutate", mutate, {"k": 1})
        attempt("failing", enum_failing)
        attempt("not iterable", enum_sum, 5, 0)
        attempt("bad start", enum_sum, [1], "x")
