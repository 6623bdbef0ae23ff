import re

def s_ident(scanner, token):
    return ('ID', token)

def s_op(scanner, token):
    return ('OP', token, scanner.match.span())

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', s_ident),
    (r'\d+\.\d*', lambda s, t: ('FLOAT', float(t))),
    (r'\d+', lambda s, t: ('INT', int(t))),
    (r'[=+\-*/]', s_op),
    (r'\s+', None),
])
tokens, rest = scanner.scan('total = price * 3 + tax / 2.5 ?! trailing')
for tok in tokens:
    print(tok)
print('unscanned:', repr(rest))
print(re.Scanner([(r'\w+', 'WORD'), (r' ', None)]).scan('héllo wörld'))
print(re.Scanner([(r'[a-z]+', 'W'), (r'\d', 'D')], re.I).scan('ABc1x'))
print(re.Scanner([(r'x*', 'X')]).scan('yyy'))
sc = re.Scanner([('a', 'A')])
print(sc.lexicon, sc.scanner.pattern, sc.scanner.groups)
