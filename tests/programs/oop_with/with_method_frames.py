# with-statements whose __enter__ and __exit__ are written in Python run them as frames of the
# loop; every exit path of the block still reaches __exit__ with the right arguments.
import sys

log = []

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append(('enter', self.name))
        return self.name.upper()
    def __exit__(self, t, v, tb):
        log.append(('exit', self.name, t.__name__ if t else None, str(v) if v else None))
        return self.suppress

with CM('a') as x:
    log.append(('body', x))

def ret():
    with CM('r'):
        return 'returned'
print(ret())

for i in range(3):
    with CM('loop%d' % i):
        if i == 0:
            continue
        if i == 2:
            break
        log.append(('body', i))

with CM('s', suppress=True):
    raise ValueError('swallowed')

try:
    with CM('p'):
        raise KeyError('passes')
except KeyError as e:
    log.append(('caught', repr(e)))

with CM('outer') as o, CM('inner') as i:
    log.append(('both', o, i))

for entry in log:
    print(entry)
log.clear()

class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit must not run')
try:
    with BadEnter():
        print('body must not run')
except RuntimeError as e:
    print('RuntimeError', e)

class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise OSError('exit failed')
try:
    with BadExit():
        pass
except OSError as e:
    print('OSError', e, type(e.__context__).__name__)
try:
    with BadExit():
        raise ValueError('inner')
except OSError as e:
    print('OSError', e, 'context:', repr(e.__context__))

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError:', e)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print('TypeError:', e)

class GenEnter:
    def __enter__(self):
        yield 1
    def __exit__(self, *a):
        return False
with GenEnter() as g:
    print('as', type(g).__name__)

class ExitArity:
    def __enter__(self):
        return self
    def __exit__(self):
        return False
try:
    with ExitArity():
        pass
except TypeError as e:
    print('TypeError:', e)

class Truthy:
    def __bool__(self):
        print('bool asked')
        return True
class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return Truthy()
with TruthyExit():
    raise ValueError('silenced by a truthy object')
print('after truthy exit')

class Nested:
    depth = 0
    def __enter__(self):
        Nested.depth += 1
        if Nested.depth < 50:
            with Nested():
                pass
        return Nested.depth
    def __exit__(self, *a):
        return False
with Nested() as d:
    print('nested depth', d)

def gen():
    with CM('gen'):
        yield 1
        yield 2
print(list(gen()))
g = gen()
next(g)
g.close()
print(log)

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('__enter__', '__exit__'):
        events.append((frame.f_code.co_name, event))
    return tracer
sys.settrace(tracer)
with CM('t'):
    pass
sys.settrace(None)
print([e for e in events if e[1] != 'line'])

# At the recursion limit, __enter__'s call fails before the with block exists: __exit__ does
# not see the RecursionError, and the error has no context.
sys.setrecursionlimit(80)
exits_with_error = 0

class AtLimit:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        global exits_with_error
        if t is not None:
            exits_with_error += 1

def deep(n):
    if n == 0:
        with AtLimit():
            pass
    else:
        deep(n - 1)

for n in range(200):
    try:
        deep(n)
    except RecursionError as e:
        print('RecursionError; context:', type(e.__context__).__name__, '; __exit__ saw errors:', exits_with_error)
        break
