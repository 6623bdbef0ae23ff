import re
m = re.match(r'(?P<x>\d+)', '42')
print(m.group('x'), m.group(1))
print(m.group(2))
