from contextlib import suppress, closing, nullcontext

with suppress(ZeroDivisionError):
    print('before')
    1 / 0
    print('never')
print('after')
with suppress(KeyError, IndexError):
    [][3]
with suppress(LookupError):
    {}['x']
try:
    with suppress(KeyError):
        int('abc')
except ValueError as e:
    print(type(e).__name__, e)
with suppress():
    pass
print('ok')

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print('closing', self.name)

r = Resource('db')
with closing(r) as res:
    print(res is r, res.closed)
print(r.closed)
try:
    with closing(Resource('file')):
        raise IOError('disk')
except OSError as e:
    print(type(e).__name__, e)

def maybe_lock(use):
    return Resource('lock') if use else nullcontext('no-lock')
with nullcontext() as v:
    print(v)
with nullcontext([1, 2]) as v:
    print(v)
with maybe_lock(False) as v:
    print(v)
