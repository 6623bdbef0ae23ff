# A bytearray grown by +=, append and extend (in place, past its length) and shrunk by pop,
# alongside copies and slices that must not see those writes.
ba = bytearray(b"xy")
snap = bytes(ba)
for i in range(40):
    ba += b"ab"
    ba.append(65 + i % 26)
    if i % 7 == 0:
        ba.extend(ba[:3])
    if i % 5 == 0:
        print(ba.pop(), ba.pop(0), len(ba))
ba.extend(ba)
c = bytearray(ba)
c.append(0)
ba.append(1)
print(len(ba), len(c), ba[-3:], c[-3:], snap, ba[:12])
b2 = ba[:5]
b2 += b"!"
print(ba[:6], b2)
d = bytearray()
d.append(3); d.pop(); d.append(4); d += b"zz"; print(d, d.pop(), d, d.pop(), d.pop(), d)
