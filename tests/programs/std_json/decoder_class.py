import json
dec = json.JSONDecoder()
print(dec.decode('{"a": [1, 2]}'), dec.raw_decode('[1, 2] trailing'), dec.raw_decode('xx {"k": 1} yy', 3))
print(dec.raw_decode('"\U0001F600\U0001F600" rest'))
class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder), MyDecoder().decode('[{"x": 0}]'))
print(json.loads('[1.5]', cls=MyDecoder, parse_float=str))
for s in ['', '[1] x', '{']:
    try:
        dec.decode(s)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos)
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.JSONDecoder(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
err = json.JSONDecodeError('Custom', 'line1\nline2\nline3', 8)
print(err, err.msg, err.pos, err.lineno, err.colno, err.args)
