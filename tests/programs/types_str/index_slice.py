# Indexing and slicing by code point, including non-BMP characters.
s = 'héllo 😀 wörld 𝄞!'
print(len(s), s[0], s[6], s[-1], s[-2], s[1:5], s[::-1], s[::2], s[6:7], s[100:], s[-100:3], s[3:1], s[::-3])
print([c for c in s if ord(c) > 127], s.index('😀'), s.find('𝄞'), s.count('l'), s.upper(), list('a😀b'))
for i in [20, -20]:
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[slice(1, 4)], s[slice(None, None, -1)][:3], 'abc'[True], 'abcdef'[1:5:2], 'abcdef'[-1:-5:-2], 'abc'[5:-5:-1])
print(ord('😀'), chr(128512), '\N{GREEK SMALL LETTER ALPHA}', '\u00e9' == 'é', 'e\u0301' == 'é', sorted('bca😀A'))
