import re

# (?(id)yes|no): match the closing part only when the opening one matched
tag = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = tag.match(s)
    print(f'{s!r:20}', m and m.group(2))
quoted = re.compile(r'(?P<q>["\'])?(?P<val>[^"\'\s]+)(?(q)(?P=q))')
print([m.group('val') for m in quoted.finditer('a "b c" \'d\' "e\' f')])
print(re.findall(r'(\()?\d+(?(1)\))', '(1) 2 (3 4)'))
print(re.sub(r'(-)?(\d+)(?(1)!|\?)', r'<\2>', '-5! 6? -7? 8!'))
print(re.fullmatch(r'(a)?(?(1)b|c)', 'ab'), re.fullmatch(r'(a)?(?(1)b|c)', 'c'), re.fullmatch(r'(a)?(?(1)b|c)', 'ac'))
try:
    re.compile(r'(a)(?(2)b)')
except re.error as e:
    print(e)
try:
    re.compile(r'(?(x)a|b)')
except re.error as e:
    print(e)
