def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in '+-':
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == '+' else value - rhs
    return value, pos
def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in '*/':
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == '*' else value // rhs
    return value, pos
def parse_atom(tokens, pos):
    t = tokens[pos]
    if t == '(':
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    return int(t), pos + 1
def evaluate(s):
    return parse_expr(s.replace(' ', ''), 0)[0]
for e in ['1+2*3', '(1+2)*3', '8/2/2', '2*(3+(4-1))*2', '9']:
    print(e, '=', evaluate(e))
