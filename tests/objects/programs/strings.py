s = 'Hello, Wörld! \U0001F600'
print(len(s), s[7], s[-1], s[::-1], s[3:9], s.upper(), s.lower(), s.swapcase())
print(repr(s), ascii(s), repr('tab\tnl\n"q"'), repr("'"), repr('\x00\x7f\u200b'))
print(s.find('o'), s.rfind('o'), s.index('W'), s.count('l'), s.find('\U0001F600'), 'o' in s)
print(s.split(), s.split(',', 1), 'a  b\tc\n'.split(), 'x,y,,z'.split(','), 'a b c'.rsplit(' ', 1))
print(' pad '.strip(), '--x--'.strip('-'), 'ab'.center(6, '*'), '7'.zfill(3), '-7'.zfill(4), 'x'.ljust(3, '.') + '|')
print('-'.join(['a', 'b', 'c']), 'abc'.replace('b', 'B'), 'aaa'.replace('a', 'b', 2), 'a.b.c'.partition('.'))
print('Title case words'.title(), 'hello'.capitalize(), 'ß'.upper(), 'İ'.lower() == 'i̇', 'Straße'.casefold())
print('123'.isdigit(), 'abc'.isalpha(), 'a1'.isalnum(), ' '.isspace(), 'Ab'.istitle(), 'ab'.islower(), '_x'.isidentifier())
print('l1\nl2\r\nl3'.splitlines(), 'l1\nl2\n'.splitlines(True), 'a\tb'.expandtabs(4))
print('héllo'.encode(), 'héllo'.encode('latin-1'), b'h\xc3\xa9llo'.decode(), 'é'.encode('ascii', 'replace'))
print('abc'.translate(str.maketrans('abc', 'xyz')), 'prefix-body'.removeprefix('prefix-'), 'x.py'.removesuffix('.py'))
print('abc' < 'abd', 'B' < 'a', 'abc' * 2, 3 * 'x', 'a' + 'b', sorted('hello'), max('xyz'))
print(str(b'bytes'), bytes('ab', 'ascii'), b'a\x00b'.hex(), bytes.fromhex('68 69'), list(b'hi'), b'abc'[1:], b'ab' + b'cd')
print(bytearray(b'xyz'), bytearray(b'ab') + b'c', b'x' * 3, b'a,b'.split(b','), b' x '.strip(), b'abc'.upper())
for bad in ["'a' + 1", "'a' * 'b'", "'abc'[5]", "'abc'.index('z')", "int('12x')", "float('x')", "'%d' % 'a'", "'{'.format()", "b'a' + 'b'", "'x'.encode('nope')", "'é'.encode('ascii')", "b'\\xff'.decode()", "chr(65) < 1"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__ + ':', e)
