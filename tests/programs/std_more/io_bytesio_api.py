# io.BytesIO: reads, writes past the end, seek/truncate rules, closed-file errors, iteration.
import io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
b = io.BytesIO(b'hello\nworld\nlast')
t(lambda: b.read(3)); t(lambda: b.tell()); t(lambda: b.readline()); t(lambda: b.readlines())
t(lambda: b.seek(0)); t(lambda: list(b)); t(lambda: b.seek(20)); t(lambda: b.write(b'X')); t(lambda: b.getvalue())
t(lambda: b.write('s')); t(lambda: b.write(bytearray(b'ba'))); t(lambda: b.getvalue()[-6:])
t(lambda: b.seek(-1)); t(lambda: b.seek(-2, 2)); t(lambda: b.seek(1, 1)); t(lambda: b.seek(0, 5)); t(lambda: b.read())
t(lambda: b.truncate(4)); t(lambda: b.getvalue()); t(lambda: b.tell()); t(lambda: b.truncate(-1)); t(lambda: b.truncate())
t(lambda: b.fileno()); t(lambda: b.readable()); t(lambda: b.isatty()); t(lambda: b.read1(2)); t(lambda: b.closed)
t(lambda: io.BytesIO('str')); t(lambda: io.BytesIO(5)); t(lambda: io.BytesIO(None).getvalue()); t(lambda: io.BytesIO(bytearray(b'q')).read())
t(lambda: io.BytesIO(b'a\nb').readline(1)); t(lambda: io.BytesIO(b'abc').read(None)); t(lambda: io.BytesIO(b'abc').readinto(bytearray(2)))
b.close(); t(lambda: b.read()); t(lambda: b.getvalue()); t(lambda: b.closed); t(lambda: b.write(b'a')); t(lambda: b.tell())
with io.BytesIO() as f:
    f.write(b'abc'); f.seek(0); print(f.read(), f.tell())
t(lambda: f.closed)
t(lambda: type(io.BytesIO()).__mro__)
t(lambda: next(io.BytesIO()))
t(lambda: io.BytesIO(b'x').writelines([b'a', b'bc']))
x = io.BytesIO(); x.writelines([b'a', bytearray(b'bc')]); t(lambda: x.getvalue())
x = io.BytesIO(); x.seek(3); x.write(b'z'); t(lambda: x.getvalue())
