# A tiny serializer and parser for nested data (a JSON subset), round-tripping values.
def dumps(x):
    if x is None:
        return 'null'
    if x is True:
        return 'true'
    if x is False:
        return 'false'
    if isinstance(x, (int, float)):
        return repr(x)
    if isinstance(x, str):
        return '"' + x.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
    if isinstance(x, list):
        return '[' + ', '.join(dumps(v) for v in x) + ']'
    if isinstance(x, dict):
        return '{' + ', '.join(dumps(str(k)) + ': ' + dumps(v) for k, v in x.items()) + '}'
    raise TypeError(f'cannot serialize {type(x).__name__}')
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in ' \n\t':
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == '{':
            pos += 1
            out = {}
            ws()
            if s[pos] == '}':
                pos += 1
                return out
            while True:
                k = value()
                ws(); assert s[pos] == ':'; pos += 1
                out[k] = value()
                ws()
                if s[pos] == '}':
                    pos += 1
                    return out
                pos += 1
        if c == '[':
            pos += 1
            out = []
            ws()
            if s[pos] == ']':
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[pos] == ']':
                    pos += 1
                    return out
                pos += 1
        if c == '"':
            pos += 1
            buf = ''
            while s[pos] != '"':
                if s[pos] == '\\':
                    pos += 1
                    buf += {'n': '\n'}.get(s[pos], s[pos])
                else:
                    buf += s[pos]
                pos += 1
            pos += 1
            return buf
        for word, val in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in '+-0123456789.eE':
            pos += 1
        text = s[start:pos]
        return float(text) if any(ch in text for ch in '.eE') else int(text)
    return value()
doc = {'name': 'pyvm', 'version': [3, 11], 'ok': True, 'none': None, 'pi': 3.14159, 'big': 2 ** 70, 'nested': {'q': 'say "hi"\n', 'e': [], 'd': {}}, 'neg': -1.5e-7}
s = dumps(doc)
print(s)
back = loads(s)
print(back == doc, back['nested']['q'], back['big'] + 1, type(back['pi']).__name__)
try:
    dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
