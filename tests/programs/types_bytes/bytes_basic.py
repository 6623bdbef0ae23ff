# bytes literals, indexing to ints, slicing, concatenation, repetition, comparison, repr.
b = b'hello\x00\xff\n\t\'"'
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::3], list(b[:3]), b[5:6], b[100:])
print(b'abc' + b'def', b'ab' * 3, 2 * b'x', b'' * 5, b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'abc' == b'abc', b'a' == 'a')
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('héllo', 'utf-8'), bytes(b'copy'), bytes(bytearray(b'ba')), bytes())
print(repr(b"it's"), repr(b'both \' and "'), repr(b'\\'), b'\x7f\x80', bytes(range(250, 256)))
for bad in [[256], [-1], ['a'], 'str', 1.5, None]:
    try:
        print(bytes(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(65 in b'ABC', b'BC' in b'ABC', b'' in b'x', 300 in b'abc' if False else '')
try:
    'a' in b'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b'abc'
except ValueError as e:
    print(type(e).__name__, e)
print(hash(b'abc') == hash(b'abc'), b'abc'.__len__(), [x for x in b'hi'], sorted(b'cab'), max(b'az'), bytes.__name__)
