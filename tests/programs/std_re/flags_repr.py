import re

print(re.I, re.IGNORECASE, re.M | re.S, re.A | re.I, repr(re.X), re.NOFLAG)
print(int(re.I), int(re.M), re.I | 1024, re.I & re.M, re.S ^ re.S)
print(type(re.I | re.M).__name__, type(re.I + 1).__name__, re.I + 1, re.I == 2)
print(~re.I)
print(re.compile('a', re.I | re.M).flags, re.compile('(?s)a').flags, re.compile(b'a').flags)
print(re.compile('a', re.I | re.M), re.compile('(?x)a b'))
print(re.findall('a.c', 'abc a\nc ABC', re.I | re.S))
print(re.findall('(?i)hello', 'Hello HELLO hello'))
print(re.search('^world', 'hello\nworld', flags=re.MULTILINE))
print(re.search('^world', 'hello\nworld'))
print(re.RegexFlag.__name__, re.RegexFlag.__module__)
