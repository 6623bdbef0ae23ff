import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Count: 42\r\n\r\n'
req = re.match(rb'(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(\d\.\d)', data)
print(req.groups(), req.group('path'), req.span())
headers = dict(re.findall(rb'^([\w-]+): (.*?)\r$', data, re.M))
print(headers)
print(re.sub(rb'\d+', b'N', data[:40]))
print(re.split(rb'\r\n', data))
print(re.findall(rb'\w+', 'café'.encode()), re.findall(rb'(?i)[a-z]+', b'ABC\xe0\xc0def'))
print(re.escape(b'a.b*c'), re.compile(b'x\\d', re.I))
print(re.sub(b'(a)', rb'<\1>', bytearray(b'banana')))
print(re.fullmatch(rb'\x00+\xff', b'\x00\x00\xff'), re.search(rb'\s', b'a\x85b'))
print(re.match(b'.', b'\n'), re.match(b'.', b'\n', re.S))
