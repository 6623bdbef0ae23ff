# A task's uncaught error propagates out of the scheduler loop (traceback and exit status 1).
def worker(name, fail_at):
    for i in range(5):
        if i == fail_at:
            raise ZeroDivisionError(f'{name} failed at {i}')
        print(name, i)
        yield


ready = [worker('w1', 9), worker('w2', 2)]
while ready:
    g = ready.pop(0)
    try:
        next(g)
        ready.append(g)
    except StopIteration:
        pass
