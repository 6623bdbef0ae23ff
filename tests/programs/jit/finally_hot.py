# try/finally and `except E as name` in hot code: the finally run on the way out without an
# exception, with one (calls inside the finally body included), on a return from the try and
# on a break; the name unbound after the except clause; nested blocks; `del` of a parameter.
log = []


def note(x):
    log.append(x)
    return x


def plain(i):
    try:
        v = i * 2
    finally:
        v += note(1)
    return v


def raising(i):
    try:
        if i % 3 == 0:
            raise KeyError(i)
        return i
    finally:
        note(-1)
        note(-2)


def returns_in_try(i):
    try:
        return i + 100
    finally:
        note(i)


def named(i):
    try:
        return 10 // (i % 4)
    except ZeroDivisionError as e:
        msg = str(e)
        note(len(msg))
    try:
        return e
    except UnboundLocalError:
        return "unbound after except"


def nested(i):
    out = 0
    for k in range(4):
        try:
            try:
                if k == i % 4:
                    raise ValueError(k)
                out += k
            finally:
                out += 10
        except ValueError as err:
            out += 100 * err.args[0]
        finally:
            out += 1000
        if k == 2:
            try:
                break
            finally:
                out += 5
    return out


def deletes(a, b):
    total = a + b
    del a
    try:
        return a
    except UnboundLocalError:
        return total


def finally_error(i):
    try:
        return i
    finally:
        if i == 149:
            raise RuntimeError("from finally")


acc = 0
caught = 0
for i in range(150):
    acc += plain(i) + returns_in_try(i) + nested(i) + deletes(i, 1)
    try:
        acc += raising(i)
    except KeyError:
        caught += 1
    r = named(i)
    acc += r if isinstance(r, int) else len(r)
    try:
        finally_error(i)
    except RuntimeError as e:
        print("finally error", e)
print(acc, caught, len(log), sum(log))
