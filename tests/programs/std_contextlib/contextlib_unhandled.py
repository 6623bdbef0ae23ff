from contextlib import contextmanager

@contextmanager
def opened(name):
    print('open', name)
    try:
        yield name
    finally:
        print('close', name)

with opened('data.txt') as f:
    print('read', f)
with opened('other.txt') as f:
    raise FileNotFoundError('missing: ' + f)
