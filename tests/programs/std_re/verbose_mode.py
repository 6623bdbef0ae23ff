import re

DATE = re.compile(r"""
    (?P<year>\d{4})   # four-digit year
    [-/]              # separator
    (?P<month>\d\d)   # month
    [-/]
    (?P<day>\d\d)     # day
    (?:\ T\ (?P<hour>\d\d))?   # optional hour, spaces escaped
""", re.VERBOSE)
for s in ['2024-03-15', '1999/12/31 T 23', 'bad']:
    m = DATE.match(s)
    print(s, m.groupdict() if m else None)

num = re.compile(r'''(?x)
    [+-]?        # sign
    (?: \d+ \.? \d* | \. \d+ )  # mantissa
    (?: [eE] [+-]? \d+ )?       # exponent
''')
print(num.findall('1 -2.5 .5e10 +3E-2 x 7.'))
print(re.findall(r'a b # not a comment in normal mode', 'a b # not a comment in normal mode'))
print(re.findall(r'(?x) a [ ] b  [#] c', 'a b#c'))
print(re.compile(r'(?x)a(?-x: b)').findall('a b ab'))
