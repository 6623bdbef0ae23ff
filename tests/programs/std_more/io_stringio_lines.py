# Line handling in StringIO: readline limits, iteration after seek, newline=None/''/'\r\n', newlines.
import io

data = 'first line\nsecond\r\nthird\rfourth'
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(data, newline=nl)
    print(repr(nl), [line for line in s], repr(s.newlines))
s = io.StringIO('abcdef\nxyz\n')
print(repr(s.readline(3)), repr(s.readline(3)), repr(s.readline()), repr(s.readline(0)), repr(s.readline(-1)))
s.seek(0)
print(s.readlines(5), s.tell())
s.seek(0)
print(s.readlines(0))
w = io.StringIO(newline='\r\n')
print('a', 'b', sep='\n', file=w)
print(repr(w.getvalue()), w.tell())
u = io.StringIO(newline=None)
u.write('x\r\ny\rz\n')
print(repr(u.getvalue()), u.newlines)
e = io.StringIO('ü€😀x')
print(e.read(2), e.tell(), e.read(1), e.tell(), e.read(), e.tell(), len(e.getvalue()))
e.seek(1)
e.write('U')
print(e.getvalue(), e.tell())
blank = io.StringIO()
print(repr(blank.read()), repr(blank.readline()), blank.readlines(), list(blank), blank.tell())
