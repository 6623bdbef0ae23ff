class Pool:
    def __init__(self):
        self.open = []
        self.log = []

    def acquire(self, name):
        return Resource(self, name)


class Resource:
    def __init__(self, pool, name):
        self.pool, self.name = pool, name

    def __enter__(self):
        self.pool.open.append(self.name)
        self.pool.log.append('+' + self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.pool.open.remove(self.name)
        self.pool.log.append('-' + self.name + ('!' if et else ''))
        return et is not None and issubclass(et, LookupError)


p = Pool()
with p.acquire('db') as db:
    with p.acquire('cache'):
        print(sorted(p.open))
    print(p.open)
print(p.open, p.log)
with p.acquire('x'):
    {}['missing']
with p.acquire('y'):
    [][3]
try:
    with p.acquire('z'):
        raise ValueError('not lookup')
except ValueError:
    print('value error escaped')
print(p.log, p.open)


def work(n):
    with p.acquire('w%d' % n) as r:
        if n % 2:
            return r.name
        raise IndexError(n)


print([work(i) for i in range(4)])
print(p.log[-8:])
