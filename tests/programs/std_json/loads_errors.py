import json
bad = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '{1:2}', "{'a': 1}", 'nul', 'tru', '[1] x',
       '-', '01', '1.', '1e', '.5', '+1', '"a\tb"', '\ufeff1', '{"a":}', '[', '{', ']', '  \n  [1,\n  2,,]', '"\U0001F600" x', '[1, 2', '{"a": 1', '"\\', '[NaN, nan]', '{"a": 1}}']
for s in bad:
    try:
        print(repr(s), '->', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '=>', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
for s in [5, None, ['[]']]:
    try:
        json.loads(s)
    except TypeError as e:
        print(type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
try:
    json.loads('[1,, 2]')
except ValueError as e:
    print('caught as ValueError:', e)
