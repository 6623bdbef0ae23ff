import re

s = 'Hello, World! 123 _under-score [brackets] ^caret\\back'
print(re.findall(r'[aeiou]', s))
print(re.findall(r'[^a-zA-Z\s]', s))
print(re.findall(r'[\w-]+', s))
print(re.findall(r'[\[\]]', s), re.findall(r'[]]', s), re.findall(r'[^]a]', ']a^'))
print(re.findall(r'[\^]', s), re.findall(r'[a^]', 'a^b'), re.findall(r'[-a]', 'a-b'), re.findall(r'[a-]', 'a-b'))
print(re.findall(r'[\\]', s), re.findall(r'[\d\s]+', s))
print(re.findall(r'[.*+?]', 'a.b*c+d?'), re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[\101]', 'A'))
print(re.findall(r'\D+', 'a1b22c'), re.findall(r'\W+', s), re.findall(r'\S+', ' a  bc '))
print(re.findall(r'[\u00e0-\u00e5]', 'àáâãäåæ'), re.findall(r'[\n\t]', 'a\tb\nc'))
print(re.findall(r'(?i)[^a-c]', 'aBcD'), re.findall(r'[a-c&b]', 'a&b'))
