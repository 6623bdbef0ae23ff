# str.encode / bytes.decode with utf-8, latin-1, ascii and error handlers.
s = 'Grüße, 世界! 😀'
for enc in ['utf-8', 'UTF8', 'utf_8', 'latin-1', 'ascii']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
b = s.encode()
print(len(b), b.decode(), b.decode('utf-8'), b[:5].decode('latin-1'), b[:4].decode('ascii', 'replace'))
for enc, errors in [('ascii', 'strict'), ('ascii', 'ignore'), ('utf-8', 'replace'), ('utf-8', 'backslashreplace')]:
    try:
        print(b[:9].decode(enc, errors))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    s.encode('nope')
except LookupError as e:
    print(type(e).__name__, e)
print(str(b'abc', 'ascii'), str(b'\xe9', 'latin-1'), bytes('é', 'utf-8'), 'x'.encode(encoding='utf-16') if False else '')
