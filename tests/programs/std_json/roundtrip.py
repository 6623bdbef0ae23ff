import json
samples = [
    {'int': 1, 'float': 2.5, 'neg': -3, 'big': 2**100, 'str': 'x"y', 'list': [1, [2, [3, []]]], 'null': None, 'bools': [True, False]},
    [0.1, 0.2, 0.30000000000000004, 1e-300, 1.7976931348623157e308, 5e-324],
    'unicode \u00e9\u4e2d\U0001F600', [], {}, [{}], [[[[[]]]]],
]
for s in samples:
    for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}]:
        text = json.dumps(s, **kw)
        back = json.loads(text)
        print(back == s, len(text))
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 2, 'a': (3,)})))
print(json.dumps(json.loads('{"\\u0000": "\\u001f"}')))
