import re
try:
    re.compile('a(b')
except re.error as e:
    print('caught:', e.msg, e.pos)
re.split(r'a)b', 'xaby')
