# Locals read in hot translated code where they may or may not be bound: the translation
# drops the unbound test only where every way there stores the local, so each read below
# that can find it unbound must still raise UnboundLocalError, at its own line.


def one_branch(flag):
    if flag:
        x = 1
    return x


def after_loop(n):
    for i in range(n):
        last = i
    return last


def in_handler(fail):
    try:
        if fail:
            raise ValueError("early")
        value = 10
    except ValueError:
        return value
    return value


def deleted(n):
    y = n
    if n > 5:
        del y
    return y


def previous(n):
    out = []
    for i in range(n):
        if i > 0:
            out.append(prev)
        prev = i * i
    return out


def while_prev(n):
    i = 0
    total = 0
    while i < n:
        if i % 2:
            total += odd
        odd = i
        i += 1
    return total


def broken(n):
    for i in range(n):
        if i == 3:
            break
        seen = i
    return seen


def exc_name():
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    return e


def finally_read(fail):
    try:
        if fail:
            raise ValueError
        z = 5
    finally:
        got = z if not fail else -1
    return z + got


def bound_twice(flag):
    if flag:
        w = 1
    else:
        w = 2
    return w * 3


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except UnboundLocalError as e:
        print(label, type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
    except ValueError as e:
        print(label, "ValueError", e)


for rep in range(25):
    quiet = rep < 23
    results = []
    for label, fn, args in [
        ("one_branch", one_branch, (rep % 2,)),
        ("after_loop", after_loop, (rep % 3,)),
        ("in_handler", in_handler, (rep % 4 == 0,)),
        ("deleted", deleted, (rep % 8,)),
        ("previous", previous, (rep % 5,)),
        ("while_prev", while_prev, (rep % 6,)),
        ("broken", broken, (rep % 5,)),
        ("exc_name", exc_name, ()),
        ("finally_read", finally_read, (rep % 3 == 0,)),
        ("bound_twice", bound_twice, (rep % 2,)),
    ]:
        if quiet:
            try:
                results.append(fn(*args))
            except (UnboundLocalError, ValueError) as e:
                results.append(type(e).__name__)
        else:
            attempt(label, fn, *args)
    if quiet:
        print(rep, results)
