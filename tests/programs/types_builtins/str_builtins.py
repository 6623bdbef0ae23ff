# str(), repr(), ascii(), format() and chr/ord round trips over ranges.
print(''.join(chr(i) for i in range(65, 91)), [ord(c) for c in 'hi!'], repr(chr(0)), repr(chr(127)), ascii(chr(300)), ascii(chr(0x10000)))
print(str(123), str(-1.5), str(True), str(None), str([1, 'a']), str((1,)), str({'k': 'v'}), str(b'x'), str(1j), repr(1e20), repr(1e-7))
print(format(255, 'x'), format(255, '#010b'), format(0.5, '%'), format('s', '>3'), format([1], ''), format(1 + 2j, ''))
vals = [0, 9, 10, 126, 127, 128, 160, 173, 255, 256, 0x2028, 0xd7ff, 0xe000, 0xfffd, 0x1f600]
print([repr(chr(v)) for v in vals])
print([chr(v).isprintable() for v in vals])
