import re
print(re.findall(r'(ab)+', 'abab'))
pattern = re.compile(r'(abc|def')
print('not reached', pattern)
