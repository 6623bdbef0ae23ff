import re
print(re.sub(r'(a)', r'[\1]', 'banana'))
print(re.sub(r'(a)', r'[\2]', 'banana'))
