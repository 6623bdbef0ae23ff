# bytearray: mutation methods, slice assignment, in-place ops, repr and errors.
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' world')
ba.extend([65, 66])
print(ba, len(ba), ba[0], ba[-1], ba[1:3], bytes(ba))
ba[1:3] = b'EE'
print(ba)
ba[0:1] = b''
print(ba)
del ba[0]
del ba[::2]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 120)
ba.insert(100, 121)
ba.reverse()
print(ba, ba.count(b'l'), ba.find(b'l'))
ba.remove(120)
print(ba)
c = ba.copy()
c.clear()
print(c, ba, bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray())
ba += b'++'
ba *= 2
print(ba, ba + b'x', type(ba + b'x').__name__, type(b'x' + ba).__name__, ba == bytes(ba))
for f in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, 'a'), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.append(-1), lambda: hash(ba), lambda: ba.__setitem__(slice(0, 2), 5)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
ba2 = bytearray(b'abcdef')
ba2[::2] = b'XYZ'
print(ba2, ba2.upper(), ba2.strip(b'X'), ba2.split(b'Y'), ba2.decode(), ba2.hex())
try:
    ba2[::2] = b'ab'
except ValueError as e:
    print(type(e).__name__, e)
