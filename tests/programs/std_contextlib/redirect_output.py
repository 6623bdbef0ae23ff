import sys
from contextlib import redirect_stdout, redirect_stderr

class Capture:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return ''.join(self.chunks)

buf = Capture()
with redirect_stdout(buf):
    print('hello')
    print('world', 42, sep='-')
    sys.stdout.write('direct\n')
print('captured:', repr(buf.getvalue()))
err = Capture()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print('err captured:', repr(err.getvalue()))

outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print('o1')
    with redirect_stdout(inner):
        print('i1')
    print('o2')
print(repr(outer.getvalue()), repr(inner.getvalue()))
print(sys.stdout is sys.__stdout__ if hasattr(sys, '__stdout__') else True)

def noisy(n):
    for i in range(n):
        print('line', i)
    return n
c = Capture()
with redirect_stdout(c) as target:
    r = noisy(3)
print(r, target is c, c.getvalue().count('\n'))
