import re

CONFIG = """
; comment
[server]
host = example.com
port=8080

[client]
retries = 3   ; trailing comment
name = "quoted value"
empty =
"""
SECTION = re.compile(r'^\[(?P<name>[^\]]+)\]\s*$')
OPTION = re.compile(r'^(?P<key>[\w.]+)\s*=\s*(?P<value>.*?)\s*(?:;.*)?$')
config = {}
current = None
for lineno, line in enumerate(CONFIG.splitlines(), 1):
    if not line.strip() or re.match(r'\s*;', line):
        continue
    if m := SECTION.match(line):
        current = config.setdefault(m['name'], {})
    elif m := OPTION.match(line):
        value = m['value']
        if q := re.fullmatch(r'"(.*)"', value):
            value = q.group(1)
        elif value.isdigit():
            value = int(value)
        current[m['key']] = value
    else:
        print('bad line', lineno, line)
print(config)
