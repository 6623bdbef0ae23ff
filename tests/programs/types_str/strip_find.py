# strip family, find/rfind/index/rindex/count with start/end, startswith/endswith with tuples.
s = 'xxhello worldxx'
print(repr(s.strip('x')), repr('  hi \n'.strip()), repr(s.lstrip('x')), repr(s.rstrip('x')), repr('abcba'.strip('ab')), repr('\t\n x \x0b'.strip()))
print(s.find('o'), s.rfind('o'), s.find('o', 7), s.find('o', 2, 6), s.find('zz'), s.find(''), s.find('', 100), s.rfind(''), s.find('x', -3))
print(s.index('w'), s.rindex('x'), s.count('x'), s.count('l', 3, 9), 'aaaa'.count('aa'), ''.count(''), 'abc'.count(''), s.count('x', -2))
for f in (s.index, s.rindex):
    try:
        f('q')
    except ValueError as e:
        print(type(e).__name__, e)
print(s.startswith('xx'), s.startswith(('a', 'xxh')), s.endswith('x'), s.endswith(('q', 'r')), s.startswith('he', 2), s.endswith('wor', 0, 11), s.startswith(''))
try:
    s.startswith(['xx'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'), 'abc' in 'xabcx', '' in 'a', 'ac' not in 'abc')
print(s.replace('x', '-'), s.replace('x', '', 2), 'aaa'.replace('a', 'bb', 0), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
