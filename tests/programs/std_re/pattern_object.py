import re

p = re.compile(r'(?P<word>[a-z]+)(\d*)', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern))
print(p.match('abc12 def'), p.match('  abc', 2), p.match('abc', 1, 2))
print(p.search('  XY9 ', 3), p.search('ab', 5), p.fullmatch('ab12'), p.fullmatch('ab12', 0, 3))
print(p.findall('a1 b2 c33', 2), p.findall('a1 b2 c33', 0, 4))
print([m.group() for m in p.finditer('x1 yy22 zzz')])
print(p.sub('<\\1>', 'ab1 cd2'), p.subn(r'\2', 'ab1 cd2', count=1), p.split('a1,b2', maxsplit=1))
print(re.compile('ab') == re.compile('ab'), re.compile('ab') == re.compile('ab', re.I))
print(re.compile(p) is p, hash(re.compile('x')) == hash(re.compile('x')))
print(repr(re.compile('\n\'"')), re.compile(b'x+', re.M|re.S), re.compile('y', re.A|re.X))
print(re.compile('x' * 250))
