"""Generates cases.json: Python expressions, their AST in a compact JSON form, and what
CPython 3.11 gives for them (the repr of the result, or 'ExcType: message').
Run with python3 (3.11):  python3 tests/objects/gen_cases.py
"""
import ast, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def enc(n):
    if isinstance(n, ast.Constant):
        v = n.value
        if v is None: return {'k': 'None'}
        if v is Ellipsis: return {'k': 'Ellipsis'}
        if isinstance(v, bool): return {'k': 'bool', 'v': v}
        if isinstance(v, int): return {'k': 'int', 'v': str(v)}
        if isinstance(v, float): return {'k': 'float', 'v': repr(v)}
        if isinstance(v, complex): return {'k': 'complex', 'v': [repr(v.real), repr(v.imag)]}
        if isinstance(v, str): return {'k': 'str', 'v': v}
        if isinstance(v, bytes): return {'k': 'bytes', 'v': list(v)}
        raise ValueError(v)
    if isinstance(n, ast.BinOp): return {'k': 'bin', 'op': type(n.op).__name__, 'l': enc(n.left), 'r': enc(n.right)}
    if isinstance(n, ast.UnaryOp): return {'k': 'un', 'op': type(n.op).__name__, 'v': enc(n.operand)}
    if isinstance(n, ast.BoolOp): return {'k': 'boolop', 'op': type(n.op).__name__, 'vs': [enc(x) for x in n.values]}
    if isinstance(n, ast.Compare):
        assert len(n.ops) == 1
        return {'k': 'cmp', 'op': type(n.ops[0]).__name__, 'l': enc(n.left), 'r': enc(n.comparators[0])}
    if isinstance(n, ast.Call):
        return {'k': 'call', 'f': enc(n.func), 'args': [enc(a) for a in n.args],
                'kw': [[k.arg, enc(k.value)] for k in n.keywords]}
    if isinstance(n, ast.Attribute): return {'k': 'attr', 'v': enc(n.value), 'name': n.attr}
    if isinstance(n, ast.Name): return {'k': 'name', 'id': n.id}
    if isinstance(n, ast.Subscript): return {'k': 'sub', 'v': enc(n.value), 'i': enc(n.slice)}
    if isinstance(n, ast.Slice):
        f = lambda x: None if x is None else enc(x)
        return {'k': 'slice', 'lo': f(n.lower), 'hi': f(n.upper), 'st': f(n.step)}
    if isinstance(n, ast.Tuple): return {'k': 'tuple', 'vs': [enc(x) for x in n.elts]}
    if isinstance(n, ast.List): return {'k': 'list', 'vs': [enc(x) for x in n.elts]}
    if isinstance(n, ast.Dict): return {'k': 'dict', 'ks': [enc(x) for x in n.keys], 'vs': [enc(x) for x in n.values]}
    if isinstance(n, ast.JoinedStr): return {'k': 'fstr', 'vs': [enc(x) for x in n.values]}
    if isinstance(n, ast.FormattedValue):
        return {'k': 'fval', 'v': enc(n.value), 'conv': n.conversion,
                'spec': None if n.format_spec is None else enc(n.format_spec)}
    raise ValueError(ast.dump(n))

def main():
    out = []
    for fname in sorted(os.listdir(HERE)):
        if not fname.endswith('.cases'):
            continue
        for line in open(os.path.join(HERE, fname), encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            node = ast.parse(line, mode='eval').body
            try:
                r = eval(line, {'math': __import__('math')})
                expect = repr(r)
            except Exception as e:
                expect = f'{type(e).__name__}: {e}'
            out.append({'src': line, 'file': fname, 'ast': enc(node), 'expect': expect})
    with open(os.path.join(HERE, 'cases.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=True, indent=0)
    print(len(out), 'cases')

main()
