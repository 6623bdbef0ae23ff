import re
print(re.findall(r'a*', 'aa'))
re.findall(r'*a', 'aaa')
