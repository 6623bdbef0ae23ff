# StringIO as a print target and redirect_stdout; io.UnsupportedOperation from files (uncaught at the end).
import io, sys, contextlib
buf = io.StringIO()
print('a', 1, sep='-', file=buf)
print('b', end='!', file=buf)
print(repr(buf.getvalue()))
with contextlib.redirect_stdout(io.StringIO()) as f:
    print("captured")
    sys.stdout.write("direct\n")
print(repr(f.getvalue()))
import os
p = '_tmp_io_unsupported.txt'
with open(p, 'w') as fh:
    try:
        fh.read()
    except io.UnsupportedOperation as e:
        print(type(e), e, isinstance(e, OSError), isinstance(e, ValueError))
with open(p) as fh:
    try:
        fh.write('x')
    except ValueError as e:
        print(repr(e))
print(isinstance(open(p), io.TextIOBase), isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
class Up(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Up()
print('hello', file=u)
print(u.getvalue(), end='')
class L(io.StringIO):
    def readline(self, *a):
        r = super().readline(*a)
        return r.strip() + '|\n' if r else r
print(list(L('a\nb\n')))
try:
    open(p, 'w').read()
finally:
    os.remove(p)
