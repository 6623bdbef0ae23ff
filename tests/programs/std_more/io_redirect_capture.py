# Capturing output: redirect_stdout/redirect_stderr into StringIO, nested, and restored on error.
import contextlib
import io
import sys


def noisy(n):
    for i in range(n):
        print('line', i)
    print('warning!', file=sys.stderr)
    return n * 2


out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    result = noisy(3)
print(result, repr(out.getvalue()), repr(err.getvalue()))

outer = io.StringIO()
with contextlib.redirect_stdout(outer):
    print('outer 1')
    inner = io.StringIO()
    with contextlib.redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(repr(outer.getvalue()), repr(inner.getvalue()))

saved = sys.stdout
try:
    with contextlib.redirect_stdout(io.StringIO()) as cap:
        print('before error')
        raise KeyError('boom')
except KeyError as e:
    print('caught', e, repr(cap.getvalue()))
print(sys.stdout is saved)


class Tee(io.StringIO):
    def write(self, s):
        sys.__stdout__.write(s.upper())
        return super().write(s)


with contextlib.redirect_stdout(Tee()) as t:
    print('mirrored', 42)
print(repr(t.getvalue()))
sys.stdout = io.StringIO()
print('hidden')
hidden = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print('restored', repr(hidden))
