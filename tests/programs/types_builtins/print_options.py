# print with sep, end, file=sys.stdout/stderr, flush, and errors.
import sys
print('a', 'b', 'c', sep='-')
print('no newline', end='|')
print('next', 1, 2.5, None, sep='', end='\n')
print()
print(*[1, 2, 3], sep=', ')
print('to stdout', file=sys.stdout, flush=True)
print('to stderr', file=sys.stderr)
print('x', sep=None, end=None)
sys.stdout.write('written\n')
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collect()
print('hello', 'world', file=c, sep='+')
print(c.parts)
for kw in [{'sep': 5}, {'end': 1}, {'file': 5}, {'bogus': 1}]:
    try:
        print('x', **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
