import re

s = 'a😀b😀😀c'
print(len(s), re.findall('.', s))
for m in re.finditer('😀+', s):
    print(m.span(), m.start(), m.end(), repr(m.group()))
print(re.search('c', s).span(), re.search('b', s, ).start())
print(re.sub('😀', '<>', s), re.split('😀', s))
print(re.compile('b').search(s, 2), re.compile('b').search(s, 3))
print(re.match('a.b', s), re.fullmatch(r'\W', '😀'), re.findall(r'[😀-😂]', '😁x😂'))
print(re.sub(r'(?<=😀)(.)', r'[\1]', s))
m = re.search(r'(?P<e>😀{2})(.)', s)
print(m.groupdict(), m.span('e'), m.span(2), m.regs)
print([m.span() for m in re.finditer(r'', '😀😀')])
print(re.split(r'\b', 'x😀y'))
