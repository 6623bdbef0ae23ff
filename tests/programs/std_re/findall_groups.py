import re

text = 'John: 555-1234, Jane: 555-9876, Bob: none'
print(re.findall(r'\d{3}-\d{4}', text))
print(re.findall(r'(\w+): (\d{3})-(\d{4})', text))
print(re.findall(r'(\w+): \d', text))
print(re.findall(r'(\w+): (?:\d+|(none))', text))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'((a)(b)?)', 'ab a'))
print(re.findall(r'(?:x(\d))?y', 'x1y y'))
print(re.findall(r'(?P<n>\d)', 'a1b2'))
pairs = dict(re.findall(r'(\w+)=(\w+)', 'a=1 b=2 c=3'))
print(pairs)
