import re

text = "first line\nsecond line\nthird line\n"
print(re.findall(r'^\w+', text))
print(re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text))
print(re.findall(r'\w+$', text, re.M))
print(re.findall(r'line\Z', text), re.findall(r'line\n\Z', text))
print(re.search(r'first.*third', text), re.search(r'first.*third', text, re.S).span())
print(re.search(r'\Asecond', text, re.M), re.search(r'^second', text, re.M).start())
print(re.findall(r'(?m)^(\w)\w*', text))
print(re.findall(r'(?s:.)line', 'a\nline'))
print(re.fullmatch('abc$', 'abc'), re.match('abc$', 'abc\n'), re.fullmatch('abc', 'abc\n'))
print(re.sub('$', '!', 'end\n'), re.sub('(?m)$', '!', 'a\nb\n'))
print(re.sub('^', '> ', 'quote\nthis', flags=re.M))
print(re.findall('.', 'a\r\nb\x0bc\u2028d'))
