import re

URL = re.compile(r'''
    ^(?P<scheme>[a-z][a-z0-9+.-]*)://
    (?:(?P<user>[^:@/]+)(?::(?P<password>[^@/]*))?@)?
    (?P<host>[^:/?#]+)
    (?::(?P<port>\d+))?
    (?P<path>/[^?#]*)?
    (?:\?(?P<query>[^#]*))?
    (?:\#(?P<fragment>.*))?$
''', re.X | re.I)

for url in ['https://example.com', 'http://user:pw@host.io:8080/a/b?x=1&y=2#top', 'FTP://files.org/pub/', 'not a url']:
    m = URL.match(url)
    if m is None:
        print(url, '-> no match')
        continue
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    print(url, '->', parts)
    if parts.get('query'):
        print('   query:', dict(re.findall(r'([^&=]+)=([^&]*)', parts['query'])))
