s = 'naïve café 日本語 😀'
print(s, len(s), s.upper(), s[::-1])
print([ord(c) for c in 'é日😀'], s.encode('utf-8'), len(s.encode('utf-8')))
print(b'caf\xc3\xa9'.decode('utf-8'), 'ÀÉÎ'.lower(), '\u00e9' == 'é')
print(repr('\t\x00é😀'), ascii('é😀'), 'ü'.isalpha(), '٣'.isdigit())
