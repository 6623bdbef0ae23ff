print('a\tb', 'a\\b', 'quote\'s', "dq\"s")
print('line1\nline2')
print('\x41\x42\u00e9\u20ac\U0001F600')
print(repr('a\tb\n'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\x00\x01\x7f'), repr('é€'), repr('\u200b'))
print(r'raw\n\t', R'raw\\', r"c:\path\to")
print('con' 'cat' "enation", len('abc' 'def'))
s = ('multi '
     'line '
     'concat')
print(s)
print("""triple
quoted""", '''single
triple''')
print('\101\060', '\0' == '\x00', len('\N{BULLET}'), '\N{BULLET}')
print(b'abc', b'\x00\xff', rb'\n', repr(b"it's"))
