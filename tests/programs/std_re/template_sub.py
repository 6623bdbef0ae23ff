import re

template = "Hello {name}, you owe {amount} to {creditor}. {missing} stays."
values = {'name': 'Ada', 'amount': '$12.50', 'creditor': 'Bob'}

def fill(m):
    key = m.group(1)
    return values.get(key, m.group(0))

print(re.sub(r'\{(\w+)\}', fill, template))
print(re.subn(r'\{(\w+)\}', lambda m: m.group(1).upper(), template))
print(re.sub(r'(?P<word>\b\w+\b) (?P=word)', r'\g<word>', 'the the cat sat on on the mat'))
print(re.sub(r'(\d+)-(\d+)', r'\2-\1', 'ranges 1-5 and 10-20'))
print(re.sub(r'(\w+)@(\w+)\.com', r'\g<2> at \g<1> (\g<0>)', 'mail ann@corp.com now'))
print(re.sub('a', r'\\', 'banana'), re.sub('a', r'\n', 'ab'))
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace \n here  ').strip())
