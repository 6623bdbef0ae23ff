import re
print(re.findall(r'(?<=ab)c', 'abc xbc'))
re.compile(r'(?<=a+)c')
