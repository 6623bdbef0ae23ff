b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], list(b))
print(b + b' world', b * 2, b'll' in b, 104 in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b.upper(), b.split(b'l'), b.replace(b'l', b'L'))
print(b'\t\n\r\x01', repr(b'"\''), b'a' < b'b', b'abc' == b'abc')
print(b.decode(), 'héllo'.encode(), 'héllo'.encode('utf-8'))
print(b.hex(), bytes.fromhex('414243'))
print(bytearray(b'abc'), bytearray(3))
