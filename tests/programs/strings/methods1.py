s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase(), t.title(), 'hello world'.capitalize())
print(t.startswith('Hello'), t.endswith('!'), t.startswith(('a', 'H')), t.find('o'), t.rfind('o'), t.find('z'))
print(t.index('W'), t.count('l'), t.replace('l', 'L'), t.replace('l', '', 1))
print(t.split(), t.split(','), 'a,b,,c'.split(','), 'a b  c'.split(' '), 'a-b-c'.split('-', 1), 'a-b-c'.rsplit('-', 1))
print('line1\nline2\r\nline3'.splitlines(), '  '.split(), ''.split(','))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(map(str, range(4))))
