import re
print(re.findall(r'\w+', 'ok then'))
re.compile(r'\p{L}+')
