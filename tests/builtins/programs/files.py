
path = '/tmp/pyvm_builtins_test_file.txt'
with open(path, 'w') as f:
    print(f.write('line one\n'), f.closed, f.name, f.mode)
    f.write('line two\nlast')
    f.writelines(['\n', 'extra\n'])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.read(4)), f.readlines())
for line in open(path):
    print(line.rstrip())
with open(path, 'a') as f:
    f.write('appended\n')
print(open(path).read().splitlines())
with open(path, 'rb') as f:
    data = f.read()
    print(type(data).__name__, data[:4], len(data))
with open(path, 'wb') as f:
    f.write(b'\x00\x01bin')
print(open(path, 'rb').read())
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    open('/tmp/definitely/not/here.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open(path, 'q')
except ValueError as e:
    print('ValueError:', e)
try:
    open(path, 'rb').write(b'x')
except OSError as e:
    print('write on reader:', isinstance(e, OSError))
try:
    open(path, 'w').write(5)
except TypeError as e:
    print('TypeError:', e)

