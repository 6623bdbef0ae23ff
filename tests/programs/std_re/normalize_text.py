import re

raw = "  Hello,\tWORLD!!  This   is --- a  test...\n\n\nNew   paragraph?? yes  "
t = raw.strip()
t = re.sub(r'[ \t]+', ' ', t)
t = re.sub(r'\n{2,}', '\n\n', t)
t = re.sub(r'([!?.])\1+', r'\1', t)
t = re.sub(r'\s*-{2,}\s*', ' - ', t)
print(t)
print(re.sub(r'(?m)^\s+|\s+$', '', raw))
print(re.sub(r'[^\w\s]', '', raw).split())
slug = re.sub(r'[^a-z0-9]+', '-', 'Hello, World! Über 2024'.lower()).strip('-')
print(slug)
