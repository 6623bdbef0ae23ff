# A length-prefixed binary record format built with bytes, int.to_bytes and bytearray.
def encode(records):
    out = bytearray()
    out += len(records).to_bytes(2, 'big')
    for name, value in records:
        raw = name.encode('utf-8')
        out.append(len(raw))
        out += raw
        out += value.to_bytes(4, 'big', signed=True)
    return bytes(out)
def decode(data):
    n = int.from_bytes(data[:2], 'big')
    pos, out = 2, []
    for _ in range(n):
        ln = data[pos]
        name = data[pos + 1:pos + 1 + ln].decode('utf-8')
        pos += 1 + ln
        value = int.from_bytes(data[pos:pos + 4], 'big', signed=True)
        pos += 4
        out.append((name, value))
    return out
recs = [('alpha', 1), ('βeta', -2), ('gamma', 2 ** 31 - 1), ('δ', -(2 ** 31))]
blob = encode(recs)
print(blob, len(blob), blob.hex(' ', 4))
print(decode(blob), decode(blob) == recs)
try:
    encode([('big', 2 ** 31)])
except OverflowError as e:
    print(type(e).__name__, e)
checksum = sum(blob) % 256
print(checksum, bytes([checksum]), blob.count(0), blob.find(b'gamma'), blob[-4:], int.from_bytes(blob[-4:], 'little'))
