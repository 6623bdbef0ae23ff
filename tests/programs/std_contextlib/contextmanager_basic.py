from contextlib import contextmanager

@contextmanager
def tag(name):
    print('<%s>' % name)
    yield name.upper()
    print('</%s>' % name)

with tag('p') as t:
    print('content', t)

with tag('ul'):
    for i in range(2):
        with tag('li'):
            print('item', i)

@contextmanager
def guarded(label):
    print('enter', label)
    try:
        yield
    except KeyError as e:
        print('handled KeyError', e)
    finally:
        print('exit', label)

with guarded('a'):
    {}['missing']
print('after a')
try:
    with guarded('b'):
        raise ValueError('not handled')
except ValueError as e:
    print('outer caught', e)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice() as v:
        print('v', v)
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def swallow_all():
    try:
        yield
    except Exception:
        pass
with swallow_all():
    1 / 0
print('swallowed')
print(tag.__name__, type(tag('x')).__name__)
