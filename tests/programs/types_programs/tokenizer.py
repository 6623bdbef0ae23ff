# A tokenizer and recursive-descent calculator with error reporting.
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            toks.append(('num', float(s[i:j]) if '.' in s[i:j] else int(s[i:j])))
            i = j
        elif c in '+-*/()%^':
            toks.append(('op', c))
            i += 1
        else:
            raise SyntaxError(f'bad character {c!r} at {i}')
    return toks
def parse(toks):
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else ('end', None)
    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def expr():
        v = term()
        while peek() in (('op', '+'), ('op', '-')):
            v = v + term() if take()[1] == '+' else v - term()
        return v
    def term():
        v = power()
        while peek()[0] == 'op' and peek()[1] in '*/%':
            op = take()[1]
            r = power()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def power():
        b = unary()
        if peek() == ('op', '^'):
            take()
            return b ** power()
        return b
    def unary():
        if peek() == ('op', '-'):
            take()
            return -unary()
        kind, val = take() if pos < len(toks) else ('end', None)
        if kind == 'num':
            return val
        if (kind, val) == ('op', '('):
            v = expr()
            if take() != ('op', ')'):
                raise SyntaxError('expected )')
            return v
        raise SyntaxError(f'unexpected {val!r}')
    v = expr()
    if pos != len(toks):
        raise SyntaxError('trailing tokens')
    return v
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-4 % 3', '7 / 2', '10 / 4 * 2', '2 ^ 100', '1.5 * 4', '(', '3 $ 4', '1 / 0', '((2))']:
    try:
        print(src, '=>', parse(tokenize(src)))
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, '=>', type(e).__name__, e)
