import re

s = 'a-b-c-d'
for n in (0, 1, 2, 10, -1):
    print(n, re.sub('-', '+', s, count=n), re.subn('-', '+', s, n), re.split('-', s, maxsplit=n))
p = re.compile(r'(-)')
print(p.split(s, 2), p.sub(r'[\1]', s, 1), p.subn('', s))
print(re.sub('-', '+', s, 2, re.I))
print(re.subn(r'\d', '#', 'no digits'), re.subn('', '.', 'ab'))
print(re.sub('(?P<x>b)', r'\g<x>\g<x>', s), re.sub('b', r'\g<0>!', s))
print(re.sub(r'(b)|(c)', r'[\1\2]', s))
