import re

# a group keeps the value from the last iteration that set it
print(re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'(?:(a)|b)+', 'ab').lastindex)
print(re.match(r'((a)|(b))+', 'abba').groups())
print(re.match(r'(a(b)?)+', 'aba').groups())
print(re.match(r'(\w+?)(?:,(\w+))*', 'x,y,z').groups())
print(re.match(r'(a?)*', 'aab').groups(), re.match(r'(a|)*', 'b').groups(), re.match(r'(a*)+', 'b').span(1))
m = re.match(r'(?:(?P<num>\d+)|(?P<word>[a-z]+)|[ ,])+', '12 ab, 7,')
print(m.groupdict(), m.lastgroup)
print(re.findall(r'(?:(\d)|[a-z])+', 'a1b c2d3e f'))
print(re.sub(r'(?:(\d)|x)+', r'[\1]', 'a1x2xb'))
# backreference to a group that did not take part never matches
print(re.match(r'(a)?b\1', 'b'), re.match(r'(a)?b\1', 'aba'))
print(re.search(r'(?:(x)|y)\1', 'yy xx'))
# case-insensitive backreference inside a case-sensitive pattern
print(re.findall(r'X(?i:(a)\1)', 'XaA xaA XAa'), re.search(r'(?i:(ab))-\1', 'AB-ab'))
