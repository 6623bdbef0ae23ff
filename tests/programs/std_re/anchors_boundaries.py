import re

s = 'cat catalog concat cat.'
print([m.span() for m in re.finditer(r'\bcat\b', s)])
print([m.span() for m in re.finditer(r'\Bcat', s)])
print(re.findall(r'\bcat\w*', s), re.findall(r'\w*cat\b', s))
print(re.search(r'^cat', s).span(), re.search(r'cat\.$', s).span(), re.search(r'\Acat', s), re.search(r'\.\Z', s))
print(re.match(r'\b', ''), re.match(r'\B', ''), re.match(r'^$', ''), re.match(r'\A\Z', ''))
print(re.findall(r'\b\w', 'héllo wörld 9lives'), re.findall(r'\b\w', 'héllo wörld', re.A))
print(re.sub(r'\B', '-', 'abc'), re.sub(r'\b', '|', '  a  '))
print(re.search(r'$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span(), re.findall(r'$', 'a\nb\n', re.M))
