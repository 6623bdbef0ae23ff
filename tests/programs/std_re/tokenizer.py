import re

TOKEN_SPEC = [
    ('NUMBER',   r'\d+(?:\.\d*)?'),
    ('ASSIGN',   r':='),
    ('END',      r';'),
    ('ID',       r'[A-Za-z_]\w*'),
    ('OP',       r'[+\-*/()]'),
    ('NEWLINE',  r'\n'),
    ('SKIP',     r'[ \t]+'),
    ('MISMATCH', r'.'),
]
TOK = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}

def tokenize(code):
    line = 1
    start = 0
    for mo in TOK.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        col = mo.start() - start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            start = mo.end()
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line}')
        yield kind, value, line, col

statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
'''
for tok in tokenize(statements):
    print(tok)
try:
    list(tokenize('x := 1 $ 2'))
except RuntimeError as e:
    print('error:', e)
