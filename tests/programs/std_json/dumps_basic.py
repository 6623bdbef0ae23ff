import json
values = [None, True, False, 0, -1, 2**64, 1.0, -0.0, 0.1, 1e16, 1.5e-7, 123456789.123, 'text', '', [], {}, (), [1, [2, [3]]], (1, 'a'), {'k': 'v'}]
for v in values:
    print(json.dumps(v))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps({'a': 1, 'b': [1, 2], 'c': {'d': None}}))
print(json.dumps("quote\" backslash\\ slash/ newline\n tab\t cr\r bs\b ff\f nul\x00 us\x1f del\x7f"))
print(json.dumps('caf\xe9 \u2603 \U0001F600'), json.dumps('caf\xe9 \u2603 \U0001F600', ensure_ascii=False))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}), json.dumps({'z': 1, 'a': 2, 'm': 3}, sort_keys=True))
