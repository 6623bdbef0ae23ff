from contextlib import contextmanager, ContextDecorator

log = []

@contextmanager
def section(name):
    log.append('begin ' + name)
    try:
        yield
    finally:
        log.append('end ' + name)

@section('work')
def work(x):
    log.append('working %d' % x)
    return x * 2

print(work(1), work(2))
print(log)

class timing(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print('start', self.label)
        return self
    def __exit__(self, *exc):
        print('stop', self.label, exc[0].__name__ if exc[0] else None)
        return False

@timing('fn')
def compute(n):
    return sum(range(n))
print(compute(10))
with timing('block') as t:
    print('inside', t.label)
try:
    with timing('err'):
        raise KeyError('k')
except KeyError as e:
    print('caught', e)

@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print('rolled back:', e)
    else:
        print('committed')

db = {'a': 1}
with transaction(db) as d:
    d['b'] = 2
print(db)
with transaction(db) as d:
    d['c'] = 3
    raise RuntimeError('boom')
print(db)
