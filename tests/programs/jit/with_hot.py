# `with` blocks in hot code: context managers written in Python, an exception suppressed by
# __exit__ or leaving through it, break and return through the cleanup, nested in a loop.
class CM:
    def __init__(self, log, suppress=False):
        self.log = log
        self.suppress = suppress
    def __enter__(self):
        self.log.append("in")
        return self
    def __exit__(self, t, v, tb):
        self.log.append("out" if t is None else "out:" + t.__name__)
        return self.suppress

def work(i, log):
    total = 0
    with CM(log) as c:
        total += i
        total += len(c.log) % 3
    with CM(log, True):
        if i % 4 == 0:
            raise KeyError(i)
        total += 1
    for k in range(3):
        with CM(log):
            if k == 1:
                break
            total += k
    with CM(log):
        if i % 5 == 0:
            return total * 2
    return total

log = []
acc = 0
for i in range(150):
    try:
        acc += work(i, log)
    except KeyError:
        acc -= 1
print(acc, len(log), log[:12])
