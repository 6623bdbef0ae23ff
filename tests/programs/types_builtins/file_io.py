# open: write/read text and binary files, with-statement, line iteration, encodings, errors.
# (scratch files are overwritten on each run; there is no os module to remove them)
name = '_scratch_file_io.txt'
with open(name, 'w') as f:
    print(f.write('first line\n'), f.write('second línea\n'))
    f.write('third\n')
    print(f.closed, f.name, f.mode)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name) as f:
    print(repr(f.readline()), f.readlines())
with open(name, 'a') as f:
    f.write('appended')
with open(name, encoding='utf-8') as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(name, 'rb') as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(name, 'wb') as f:
    f.write(b'\xe9t\xe9\n')
with open(name, encoding='latin-1') as f:
    print(repr(f.read()))
try:
    with open(name) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(name, 'w', encoding='latin-1') as f:
    f.write('café')
with open(name, 'rb') as f:
    print(f.read())
try:
    open('_no_such_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
for mode in ['rw', 'x+y', 'q']:
    try:
        open(name, mode)
    except ValueError as e:
        print(type(e).__name__, e)
f = open('_scratch_2.txt', 'w')
f.write('abc')
f.close()
try:
    f.write('more')
except ValueError as e:
    print(type(e).__name__, e)
with open('_scratch_2.txt') as f:
    print(f.read(1), f.read(), f.read())
with open('_scratch_2.txt', encoding='ascii', errors='replace') as f:
    print(f.encoding, f.errors, f.read())
with open('_scratch_2.txt', 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('naïve ☃')
with open('_scratch_2.txt', 'rb') as f:
    print(f.read())
try:
    open('_scratch_2.txt', encoding='nope')
except LookupError as e:
    print(type(e).__name__, e)
try:
    with open('_scratch_2.txt', 'w', encoding='ascii') as f:
        f.write('ü')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
