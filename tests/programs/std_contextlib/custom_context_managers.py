class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False
    def print(self, text):
        print('    ' * self.level + text)

with Indenter() as ind:
    ind.print('hi')
    with ind:
        ind.print('talk')
        with ind:
            ind.print('deep')
    ind.print('back')

from contextlib import AbstractContextManager, contextmanager

class Tracker(AbstractContextManager):
    def __exit__(self, *exc):
        print('tracker exit', exc[0])
with Tracker() as t:
    print(type(t).__name__)

@contextmanager
def temp_setattr(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield obj
    finally:
        setattr(obj, name, old)

class Config:
    debug = False
cfg = Config()
with temp_setattr(cfg, 'debug', True):
    print('inside', cfg.debug)
print('outside', cfg.debug)

@contextmanager
def counter():
    state = {'n': 0}
    def inc():
        state['n'] += 1
    yield inc
    print('count =', state['n'])
with counter() as inc:
    for _ in range(5):
        inc()
