import re

def lex(src):
    pos = 0
    rules = [
        (re.compile(r'\s+'), None),
        (re.compile(r'\d+'), 'INT'),
        (re.compile(r'"(?:[^"\\]|\\.)*"'), 'STR'),
        (re.compile(r'[A-Za-z_]\w*'), 'NAME'),
        (re.compile(r'==|!=|<=|>=|[-+*/=<>()]'), 'OP'),
    ]
    out = []
    while pos < len(src):
        for rx, kind in rules:
            m = rx.match(src, pos)
            if m:
                if kind:
                    out.append((kind, m.group()))
                pos = m.end()
                break
        else:
            raise SyntaxError(f'bad char {src[pos]!r} at {pos}')
    return out

print(lex('x = 42 + foo("a \\"q\\" b") >= 7'))
try:
    lex('a @ b')
except SyntaxError as e:
    print(e)
p = re.compile(r'\d')
print(p.match('a1', 1), p.match('a1', 0), p.search('12345', 1, 3), p.findall('12345', 1, 3))
print(p.match('123', pos=-5), p.search('123', endpos=100), p.fullmatch('123', 1, 2))
