import sys
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with CM('a') as x:
    print('inside', x)
with CM('b', True):
    raise ValueError('swallowed')
print('after b')
with CM('c') as c1, CM('d') as d1:
    print(c1, d1)
def f():
    with CM('e'):
        return 'returned'
print(f())
try:
    with CM('g'):
        1 / 0
except ZeroDivisionError:
    print('propagated')
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
