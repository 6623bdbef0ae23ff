import re

lines = [
    'name, age ,city',
    'Ann,34,  Paris',
    'Bob ,  , Rome',
    'x;y;z',
]
for line in lines:
    print(re.split(r'\s*[,;]\s*', line.strip()))
print(re.split(r'(\s*,\s*)', 'a , b,c'))
print(re.split(r',', 'a,b,c,d,e', maxsplit=2))
print(re.split(r',', 'a,b,c', 0))
print(re.split(r'x*', 'axbxxc'))
print(re.split(r'\b', 'one two'))
print(re.split(r'(?=[A-Z])', 'splitCamelCaseWords'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split('', 'abc'))
print(re.split(r'\d', ''))
