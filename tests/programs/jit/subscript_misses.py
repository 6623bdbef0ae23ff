# Subscripts that miss in hot translated code: a dict without the key, a list or tuple index
# out of range. The translation raises these without a JavaScript throw; the exception, its
# message, its traceback, its context and where it is caught must be CPython's, whether the
# handler is in the same function, callers away, or nowhere (the program's last error).


def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def counts(d, keys):
    hits = misses = 0
    for k in keys:
        try:
            hits += d[k]
        except KeyError as e:
            misses += 1
            last = e
    return hits, misses, repr(last), last.args


def at(seq, i):
    return seq[i]


def picks(seq, idx):
    out = []
    for i in idx:
        try:
            out.append(at(seq, i))
        except IndexError as e:
            out.append((str(e), [name for name, _ in frames(e)]))
    return out


class Missing(dict):
    def __missing__(self, key):
        return ("default", key)


class Table:
    def __init__(self):
        self.rows = {"a": 1}

    def __getitem__(self, key):
        return self.rows[key]


def deep(d, k, n):
    if n == 0:
        return d[k]
    return deep(d, k, n - 1)


def chained(d):
    try:
        return d["x"]
    except KeyError:
        return [0][3]


for _ in range(40):
    r1 = counts({1: 10, "a": 5, (1, 2): 7, None: 1}, [1, 2, "a", "b", (1, 2), (2, 1), None, 0.5])
    r2 = picks([10, 20, 30], [0, 3, -1, -4, 2, 100])
    r3 = picks((1,), [0, 1, -1, -2])
    r4 = [Missing({"k": 1})[k] for k in ("k", "q")]
    t = Table()
    r5 = []
    for k in ("a", "b"):
        try:
            r5.append(t[k])
        except KeyError as e:
            r5.append(("table miss", e.args, [name for name, _ in frames(e)]))
    try:
        deep({}, "gone", 5)
    except KeyError as e:
        r6 = (repr(e), frames(e))
    try:
        chained({})
    except IndexError as e:
        r7 = (str(e), type(e.__context__).__name__, repr(e.__context__), frames(e))

print(r1)
print(r2)
print(r3)
print(r4)
print(r5)
print(r6)
print(r7)


def last_error(d):
    total = 0
    for k in ("p", "q", "r"):
        total += d[k]
    return total


print(last_error({"p": 1, "q": 2, "r": 3}))
print(last_error({"p": 1, "q": 2}))
