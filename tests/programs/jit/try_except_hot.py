# try/except in functions hot enough to be translated: an exception caught in the same
# frame (raised there or by a callee) while a for loop's iterator is on the stack under the
# handler block, nested handlers, a handler that does not match (re-raised by END_FINALLY),
# a bare raise, an error inside a handler, and return and break inside try.
def parse(items):
    good = bad = 0
    for s in items:
        try:
            good += int(s)
        except ValueError:
            bad += 1
    return good, bad


def lookup(d, keys):
    hits = 0
    for k in keys:
        try:
            hits += d[k]
        except KeyError:
            try:
                hits += d[k.upper()]
            except KeyError:
                hits -= 1
    return hits


def first_int(items):
    for s in items:
        try:
            return int(s)
        except ValueError:
            pass
    return None


def strict(x):
    try:
        return 10 // x
    except TypeError:
        return -1


def reraise(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        raise


def handler_error(x):
    try:
        return [1][x]
    except IndexError:
        return {}[x]


def until_bad(items):
    n = 0
    for s in items:
        try:
            if s == "stop":
                break
            n += int(s)
        except ValueError:
            n -= 100
    return n


items = ["1", "x", "22", "", "333", "4.5"]
d = {"a": 1, "B": 2}
total = 0
for i in range(300):
    g, b = parse(items)
    total += g + b + lookup(d, ["a", "b", "c"]) + first_int(["q", "", str(i)]) + until_bad(["1", "y", "stop", "5"])
    total += strict(i + 1)
print(total)
print(strict("s"))
for f, arg in ((reraise, 0), (handler_error, 5), (strict, 0)):
    for _ in range(120):
        try:
            f(arg)
        except Exception as e:
            err = e
    print(type(err).__name__, err, type(err.__context__).__name__)


def closing(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)


def loop_fails(k):
    try:
        for x in closing(k):
            1 / 0
    except ZeroDivisionError:
        print("caught", k)


for k in range(3):
    loop_fails(k)
