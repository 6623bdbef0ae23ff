class Lock:
    def __init__(self):
        self.level = 0
        self.history = []

    def __enter__(self):
        self.level += 1
        self.history.append('acquire%d' % self.level)
        return self.level

    def __exit__(self, *exc):
        self.history.append('release%d' % self.level)
        self.level -= 1
        return False


lock = Lock()
with lock as l1:
    with lock as l2:
        with lock as l3:
            print(l1, l2, l3, lock.level)
print(lock.level, lock.history)


def recursive(n):
    with lock:
        if n == 0:
            return lock.level
        return recursive(n - 1)


print(recursive(4), lock.level)
same = Lock()
with same, same, same:
    print('triple', same.level)
print(same.history)
