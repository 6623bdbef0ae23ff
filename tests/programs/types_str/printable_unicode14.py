# repr() and isprintable() follow 3.11's Unicode 14.0 data: characters assigned later
# (CJK Extension H, Kawi, ...) are escaped, as CPython 3.11 escapes them.
print(repr('%c' % 201552), repr(chr(0x11f00)), repr(chr(0x1e030)), repr('\u0897'), repr('\u088f'))
print(repr('a\u00adb\u200bc\u2028d\ue000e\U000e0001'), ascii('é😀'))
counts = {}
for plane in range(0, 0x110000, 0x10000):
    counts[hex(plane)] = sum(1 for c in range(plane, plane + 0x10000, 3) if chr(c).isprintable())
print(counts)
print(sum(1 for c in range(0x80, 0x3000) if chr(c).isprintable()))
