import re

print(re.findall(r'\b(\w+)\s+\1\b', 'this is is a test test of of the system'))
print(re.sub(r'\b(\w+)( \1\b)+', r'\1', 'paris in the the the spring'))
print(re.search(r'(["\']).*?\1', 'say "hi there" and \'bye\'').group())
print(re.findall(r'(?P<q>["\']).*?(?P=q)', '"a" \'b\' "c\''))
print(re.fullmatch(r'(\w)(\w)?\2\1', 'abba'), re.fullmatch(r'(\w)(\w)\2\1', 'abca'))
print(re.findall(r'<(\w+)>.*?</\1>', '<b>bold</b> <i>it</i> <b>bad</i>'))
print(re.search(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').span())
print(re.findall(r'(\d)\1{2}', '111 2222 33 4444444'))
print(re.match(r'(?i)(ab)\1', 'abAB'))
