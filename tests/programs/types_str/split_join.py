# split/rsplit/join/splitlines with separators, maxsplit and edge cases.
s = '  a  b,c,,d  e '
print(s.split(), s.split(' '), s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(None, 2), s.rsplit(None, 2))
print('a,b,c'.split(',', maxsplit=0), 'a,b,c'.rsplit(',', maxsplit=1), ''.split(), ''.split(','), '   '.split(), 'abc'.split('abc'))
print('a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u2028i'.split())
print('one\ntwo\r\nthree\rfour\n\nfive'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines(), 'a\x0bb\x1ec\u2029d'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '|'.join(map(str, range(5))), 'ab'.join(('1', '2')))
for bad in [[1, 2], ['a', None]]:
    try:
        '-'.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'a b'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'a b'.split(1)
except TypeError as e:
    print(type(e).__name__, e)
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1), '--a--'.split('--'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
print('1 2 3'.split(maxsplit=1), ' x y '.rsplit(maxsplit=1), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kvw'.partition('='), 'kvw'.rpartition('='))
try:
    'x'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
