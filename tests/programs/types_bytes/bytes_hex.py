# hex/fromhex, int conversions, and decode round trips.
b = bytes(range(0, 256, 17))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -2), bytes.fromhex('de ad be ef'), bytes.fromhex(''), bytearray.fromhex('0a0B'))
for bad in ['abc', 'zz', '0 1']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytes.fromhex(12)
except TypeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b, 'big') % 1000003, list(b'\x01\x02'), b'\x01\x02'[0] + b'\x01\x02'[1])
for s in ['ascii', 'naïve', '日本語', '😀']:
    enc = s.encode('utf-8')
    print(enc, len(enc), enc.decode('utf-8') == s, enc.hex())
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'abc'.decode('ascii'), b'\xe9'.decode('utf-8', 'ignore'), b'a\xe9b'.decode('utf-8', 'replace'))
