import json
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
w = Writer()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w)
text = ''.join(w.parts)
print(text)
w2 = Writer()
json.dump([1, {'x': 2}], w2, indent=2, sort_keys=True)
print(''.join(w2.parts))
print(json.load(Reader(text)), json.load(Reader('[1.5, "x"]'), parse_float=str))
print(json.load(Reader(b'{"k": true}')))
try:
    json.dump(float('nan'), Writer(), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.load(Reader('{bad}'))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.dump([1], 'not a file')
except AttributeError as e:
    print(type(e).__name__, e)
