import re

def snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()

def camel(name):
    return re.sub(r'_+([a-z0-9])', lambda m: m.group(1).upper(), name)

for n in ['CamelCase', 'getHTTPResponseCode', 'HTTPServer', 'already_snake', 'version2Update', 'A']:
    s = snake(n)
    print(f'{n:22} {s:26} {camel(s)}')
print(re.sub(r'\s+|-', '_', 'some-text with  spaces').lower())
print(' '.join(w.capitalize() for w in re.split(r'[_\W]+', 'hello_world-from re')))
