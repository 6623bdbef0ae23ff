import re

s = '<a><bb><ccc>'
print(re.findall(r'<.*>', s), re.findall(r'<.*?>', s))
print(re.findall(r'\w{2}', 'abcde'), re.findall(r'\w{2,}', 'a bb ccc'), re.findall(r'\w{,2}', 'abc'))
print(re.findall(r'a{2,3}', 'aaaaaaa'), re.findall(r'a{2,3}?', 'aaaaaaa'))
print(re.match(r'a{3}', 'aa'), re.match(r'a{0}b', 'b'), re.match(r'x{1,}', 'xxx'))
print(re.findall(r'a{x}', 'a{x}'), re.findall(r'a{,}', 'a{,}aa'), re.findall(r'{', 'a{b'))
print(re.findall(r'\d+?', '123'), re.findall(r'\d??', '12'), re.findall(r'(ab)+', 'ababab abab'))
print(re.search(r'(?>a+)b', 'aaab'), re.search(r'(?>a+)a', 'aaaa'))
print(re.search(r'a++b', 'aaab'), re.search(r'a++a', 'aaaa'), re.search(r'\d*+\d', '123'))
print(re.fullmatch(r'(?:ab|a)*+c', 'ababc'), re.fullmatch(r'x?+x', 'x'))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
