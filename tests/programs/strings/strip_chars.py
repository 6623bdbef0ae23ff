# str.strip/lstrip/rstrip with whitespace, with BMP characters and with astral ones, on text
# with and without surrogate pairs.
tests = ['  a b  ', '\u2003x\u3000', 'x', '', '   ', '\U0001F600 a \U0001F600', ' \U0001F600 ', '..a,.', '\U0001F600a\U0001F600',
         'a\x1c\x1d', '\x85a\xa0', '\U0001F600\U0001F601x\U0001F600']
for t in tests:
    print(ascii([t.strip(), t.lstrip(), t.rstrip(), t.strip('.,'), t.strip('\U0001F600'), t.strip('a\U0001F600'), t.strip(' x'), t.strip(None)]))
try:
    'a'.strip(1)
except TypeError as e:
    print(e)
