# Parsing a binary-ish text protocol with bytes methods: headers, lengths, splitlines, strip.
msg = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nContent-Length: 11\r\nX-Empty:\r\n\r\nhello world'
head, _, body = msg.partition(b'\r\n\r\n')
lines = head.split(b'\r\n')
method, path, version = lines[0].split(b' ')
headers = {}
for ln in lines[1:]:
    k, _, v = ln.partition(b':')
    headers[k.strip().lower()] = v.strip()
print(method, path, version, headers, body, len(body) == int(headers[b'content-length']))
print(msg.count(b'\r\n'), msg.find(b'Host'), msg.rfind(b'l'), msg.startswith(b'GET'), msg.endswith(b'world'), msg.index(b'HTTP'))
print(head.splitlines(), head.splitlines(True)[:2], b'  x y  '.split(b' '), b'a  b'.split(), b'k=v=w'.rpartition(b'='))
print(path.rsplit(b'.', 1), path.lstrip(b'/'), path.upper(), version.replace(b'1.1', b'2'), body.title(), body.capitalize(), body.center(15, b'~'))
