import re

EMAIL = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
PHONE = re.compile(r'\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})')
HEXCOLOR = re.compile(r'#(?:[0-9a-fA-F]{3}){1,2}')
IPV4 = re.compile(r'(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)')

for e in ['user@example.com', 'first.last+tag@sub.domain.org', 'bad@', '@bad.com', 'no spaces@x.com', 'a@b.c']:
    print(f'{e!r:35} {bool(EMAIL.match(e))}')
for p in ['(555) 123-4567', '555.123.4567', '5551234567', '555-1234']:
    m = PHONE.fullmatch(p)
    print(p, m.groups() if m else None)
for c in ['#fff', '#A0B1C2', '#abcd', '#12', 'fff']:
    print(c, HEXCOLOR.fullmatch(c) is not None)
for ip in ['192.168.0.1', '255.255.255.255', '256.1.1.1', '1.2.3', '10.0.0.01']:
    print(ip, bool(IPV4.fullmatch(ip)))
