import json
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder), SetEncoder().encode([{5, 4}]))
print(SetEncoder(indent=2, sort_keys=True).encode({'b': {1}, 'a': 0}))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print(type(e).__name__, e)
enc = json.JSONEncoder(separators=(',', '='), sort_keys=True)
print(enc.encode({'b': 1, 'a': [1, 2]}), enc.item_separator, enc.key_separator, enc.sort_keys, enc.indent)
print(''.join(json.JSONEncoder().iterencode({'k': [1, 2]})), json.JSONEncoder().encode('plain'))
e2 = json.JSONEncoder(indent=3)
print(repr(e2.item_separator), repr(e2.key_separator), e2.skipkeys, e2.ensure_ascii, e2.check_circular, e2.allow_nan)
class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps(['abc', {'k': 'v'}], cls=Upper))
try:
    json.JSONEncoder(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
