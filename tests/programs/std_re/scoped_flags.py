import re

print(re.findall(r'(?i:hello) world', 'HELLO world Hello WORLD hello world'))
print(re.findall(r'(?i)a(?-i:b)c', 'abc ABC AbC aBc'))
print(re.findall(r'x(?s:.)y(.)', 'x\ny\n x\nyz'))
print(re.findall(r'(?m:^a)|b$', 'a\nab\nb'))
print(re.findall(r'(?a:\w+) \w+', 'café café'))
print(re.findall(r'(?i)[a-z]+(?-i:[A-Z])', 'abcD abcd ABCD'))
print(re.compile(r'(?i)x').flags & re.I, re.compile(r'(?i:x)').flags & re.I)
print(re.findall(r'(?x: a b ) c d', 'ab c d'))
