import re

for s in ['a.b', 'price: $5 (approx)', 'tab\there', '[x]{1,2}', 'a-b#c ~&', 'über_ok', '']:
    e = re.escape(s)
    print(repr(e), re.fullmatch(e, s) is not None)
words = ['c++', 'c#', 'f*', '.net']
alt = re.compile('|'.join(map(re.escape, words)))
print(alt.findall('I like c++ and c# and .net and f* not java'))
print(re.purge())
print(re.match('a+', 'aaa').group())
