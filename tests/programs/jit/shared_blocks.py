# Translated code pushes one block object per SETUP_LOOP / SETUP_EXCEPT / SETUP_FINALLY
# instruction, shared by every frame of the code object: frames of the same function at
# several depths, and generators of the same function suspended inside their blocks, must
# each unwind to their own handlers.


def walk(n, log):
    for i in range(3):
        try:
            if n > 0:
                walk(n - 1, log)
            if i == n:
                raise ValueError(n)
            log.append((n, i))
        except ValueError as e:
            log.append(("caught", n, e.args[0]))
            if n == 2:
                break
            continue
        finally:
            log.append(("finally", n, i))
    return log


for _ in range(12):
    out = walk(3, [])
print(len(out))
print(out[:12])
print(out[-6:])


def deep_raise(n):
    for i in range(2):
        try:
            if n == 0:
                raise KeyError("bottom")
            deep_raise(n - 1)
        except IndexError:
            return "wrong handler"
    return "unreachable"


for _ in range(12):
    try:
        deep_raise(6)
    except KeyError as e:
        r = e.args[0]
print(r)


def gen(tag):
    for i in range(4):
        try:
            try:
                yield tag, i
            finally:
                pass
            if i == 2:
                raise RuntimeError(tag)
        except RuntimeError:
            yield tag, "handled"


for _ in range(12):
    a, b = gen("a"), gen("b")
    seen = []
    for x, y in zip(a, b):
        seen.append(x)
        seen.append(y)
print(seen)


class Ctx:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, tp, val, tb):
        self.log.append("exit %s %s" % (self.name, tp.__name__ if tp else None))
        return tp is ZeroDivisionError


def nested(n, log):
    while n > 0:
        with Ctx(log, str(n)):
            try:
                if n % 2:
                    1 / 0
                nested(n - 1, log)
            except TypeError:
                log.append("type error")
            if n == 2:
                raise TypeError("two")
        n -= 1
    return log


for _ in range(12):
    try:
        log = nested(4, [])
    except TypeError as e:
        log = ["escaped", str(e)]
print(log)
try:
    nested(3, [])
except TypeError as e:
    print("TypeError", e)
