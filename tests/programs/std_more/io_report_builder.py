# Building text in memory: a report written to a StringIO, read back line by line.
import io


def render(rows, out):
    width = max(len(name) for name, _ in rows)
    print('=' * (width + 8), file=out)
    for name, value in rows:
        print(f'{name:<{width}} | {value:>5}', file=out)
    print('=' * (width + 8), file=out)
    out.write(f'total: {sum(v for _, v in rows)}\n')


buf = io.StringIO()
render([('apples', 3), ('kiwis', 12), ('figs', 7)], buf)
text = buf.getvalue()
print(text, end='')
print(len(text.splitlines()), buf.tell() == len(text))
buf.seek(0)
header = buf.readline()
print(repr(header))
for n, line in enumerate(buf, 1):
    print(n, line.rstrip())
print(repr(buf.read()), buf.tell())

source = io.StringIO('name,qty\nbolt,10\nnut,25\nwasher,5\n')
head = source.readline().strip().split(',')
records = [dict(zip(head, line.strip().split(','))) for line in source]
print(records)
print(sum(int(r['qty']) for r in records))

log = io.StringIO()
log.writelines(f'step {i}\n' for i in range(3))
log.write('done')
print(log.getvalue().split('\n'))
log.seek(0, io.SEEK_END)
log.write('!')
log.seek(5)
log.write('#')
print(repr(log.getvalue()))
print(log.truncate(6), repr(log.getvalue()), log.tell())
with io.StringIO('a\nb') as f:
    print(f.readlines(), f.closed)
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print('ValueError:', e)
