# json.decoder / json.encoder exist after `import json`, and JSONDecodeError is the same class.
import json
import json.decoder
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder

print(json.JSONDecodeError is JSONDecodeError is json.decoder.JSONDecodeError)
print(JSONDecoder is json.JSONDecoder, JSONEncoder is json.JSONEncoder, issubclass(JSONDecodeError, ValueError))
print(JSONDecodeError.__module__, JSONDecodeError.__name__)
for text in ['{"a": 1,}', '[1, 2', '{"k" 1}', 'nul', '"abc', '']:
    try:
        json.loads(text)
    except JSONDecodeError as e:
        print(repr(text), '->', e.msg, (e.lineno, e.colno, e.pos))


class Lenient(JSONDecoder):
    def decode(self, s):
        return super().decode(s.strip() or 'null')


print(json.loads('   ', cls=Lenient), json.loads(' [1] ', cls=Lenient))
print(JSONEncoder(sort_keys=True).encode({'b': 1, 'a': [1, 2]}))
print(json.dumps(json.decoder.JSONDecoder().decode('{"x": [true, null]}')))
json.loads('{"unterminated": ')
