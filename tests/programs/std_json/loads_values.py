import json
docs = ['null', 'true', 'false', '0', '-0', '-12', '3.25', '-1.5e3', '1E-2', '2e+2', '1.0', '12345678901234567890123',
        '"s"', '""', '"\\u00e9\\u2603"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '[]', '{}', '[1, "a", null]',
        ' {"a" : [1 , 2] , "b" : {"c" : true}} ', 'NaN', 'Infinity', '-Infinity', '[-0.0, 1e400, -1e400]', '\n\t\r 42 \n']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}'))
print(json.loads(b'[1, 2]'), json.loads(bytearray(b'{"x": "\xc3\xa9"}')), json.loads(b'\xef\xbb\xbf[3]'))
print(json.loads('"tab\there"', strict=False), json.loads('["nl\nin"]', strict=False))
