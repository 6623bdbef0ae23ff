# Binary files: write bytes, read back in chunks, iterate lines, seek/tell.
name = '_scratch_binary.bin'
payload = bytes(range(256)) + b'\nline two\nlast'
with open(name, 'wb') as f:
    print(f.write(payload), f.mode, type(f).__name__)
with open(name, 'rb') as f:
    head = f.read(4)
    print(head, f.tell())
    rest = f.read()
    print(len(rest), rest[-13:], f.read(), f.tell())
    f.seek(10)
    print(f.read(3), f.tell())
with open(name, 'rb') as f:
    lines = list(f)
print(len(lines), [len(ln) for ln in lines], lines[-1], lines[1])
with open(name, 'ab') as f:
    f.write(bytearray(b'!!'))
with open(name, 'rb') as f:
    data = f.read()
print(len(data), data[-6:], data.count(b'\n'), sum(data) % 1000)
try:
    with open(name, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(name, 'rb', encoding='utf-8')
except ValueError as e:
    print(type(e).__name__, e)
