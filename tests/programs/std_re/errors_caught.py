import re

BAD = [
    '(', ')', 'a)', '*', 'a**', 'a{3,2}', '[a', '[z-a]', r'\q', '\\', r'\1', r'(a)\2', '(?P<1x>a)',
    '(?P<n>a)(?P<n>b)', '(?P=missing)', '(?', '(?Q)', '(?<x)', '(?#no end', 'a(?i)b', '(?i-i:a)',
    r'\x4', r'\u12', r'\400', r'[\d-z]', '(?<=a|bc)', '(a)(?<=\\1)', 'x{99999999999}', '(?P<a>', '(?P', r'\N{NOPE}',
]
for p in BAD:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(f'{p!r:24} error: {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}')
    except Exception as e:
        print(f'{p!r:24} {type(e).__name__}: {e}')

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: re.compile(123))
show(lambda: re.compile(re.compile('a'), re.I))
show(lambda: re.compile('a', 'i'))
show(lambda: re.search('a', None))
show(lambda: re.search(b'a', 'a'))
show(lambda: re.match('(a)', 'a').group(2))
show(lambda: re.match('(a)', 'a').group('z'))
show(lambda: re.match('(a)', 'a').start(3))
show(lambda: re.sub('a', 5, 'a'))
show(lambda: re.sub('a', lambda m: 5, 'a'))
show(lambda: re.sub('a', b'x', 'a'))
show(lambda: re.sub('(a)', r'\g<nope>', 'a'))
show(lambda: re.sub('(a)', r'\g<1', 'a'))
show(lambda: re.sub('(a)', r'\g<-1>', 'a'))
show(lambda: re.sub('(a)', '\\', 'a'))
show(lambda: re.sub('(a)', r'\k', 'a'))
show(lambda: re.compile('a').search())
show(lambda: re.compile('a').search('a', pos='1'))
show(lambda: re.compile('a').sub())
show(lambda: re.findall())
show(lambda: re.split('a', 'b', 0, 0, 0))
show(lambda: re.escape(5))
show(lambda: re.compile('a', re.L))
show(lambda: re.compile(b'a', re.U))
show(lambda: re.compile('a', re.A | re.U))
show(lambda: re.error('boom', 'ab\ncd', 4).colno)
show(lambda: str(re.error('plain')))
show(lambda: isinstance(re.error('x'), Exception))
