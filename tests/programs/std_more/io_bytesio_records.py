# Packing fixed-width binary records into a BytesIO and parsing them back.
import io


def pack(rows):
    out = io.BytesIO()
    for name, score in rows:
        raw = name.encode('utf-8')[:8]
        out.write(bytes([len(raw)]) + raw.ljust(8, b'\0') + score.to_bytes(2, 'big'))
    return out.getvalue()


def unpack(data):
    src = io.BytesIO(data)
    rows = []
    while True:
        head = src.read(1)
        if not head:
            break
        name = src.read(8)[:head[0]].decode('utf-8')
        score = int.from_bytes(src.read(2), 'big')
        rows.append((name, score))
    return rows, src.tell()


blob = pack([('ann', 300), ('bo', 7), ('zoë', 65535)])
print(len(blob), blob[:11])
print(unpack(blob))
buf = io.BytesIO(blob)
buf.seek(11)
print(buf.read(1), buf.tell(), buf.seek(0, io.SEEK_END), buf.seek(-2, io.SEEK_CUR))
print(buf.read(), buf.read(), buf.tell())
lines = io.BytesIO(b'GET / HTTP/1.1\r\nHost: x\r\n\r\nbody')
print(lines.readline(), [l.rstrip(b'\r\n') for l in lines])
