# Native functions and methods that take no keyword arguments reject them with CPython's message
# (method descriptors, bound methods, slot wrappers, module functions, classmethods of builtins).
for s in ['(1).__add__(x=1)', '"a".upper(x=1)', '[].append(1, x=2)', 'dict.fromkeys([], q=1)', '{}.get(1, d=2)',
          '"a".startswith("a", q=1)', '[].index(1, x=1)', 'f = "a".upper; f(q=1)', 'f = (1).__add__; f(x=1)',
          'import math; math.sqrt(x=1)', 'str.upper("a", q=1)', 'int.__add__(1, x=2)', '"a".split(sep=",")',
          '[3, 1].sort(reverse=True)', '"a b".split(maxsplit=1)', 'b"a".decode(errors="strict")',
          '(5).to_bytes(2, byteorder="big")', 'sorted([2, 1], key=None)', '"x".encode(encoding="ascii")',
          'max([1], default=0)', 'print("", end="")', 'dict(a=1).update(b=2)', '{}.pop(1, 2)', 'len(x=1)']:
    try:
        exec(s)
        print(s, "ok")
    except Exception as e:
        print(s, "->", type(e).__name__, e)
