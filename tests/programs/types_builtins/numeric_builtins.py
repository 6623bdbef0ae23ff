# abs, round, divmod, pow, hex/oct/bin, chr/ord, hash of ints, int/float/complex builtins.
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 70)))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7), round(0.5), round(1.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 7), pow(3, 4), pow(3, 4, 5), pow(2, -1), pow(4, 0.5))
print(hex(255), oct(8), bin(10), hex(-1), bin(0), oct(-64), chr(65), chr(0x1F600), ord('A'), ord('é'), ord(b'a'), ord(bytearray(b'z')))
for n in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 40, -(10 ** 40), 123456789]:
    print(n, hash(n))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: ord('ab'), lambda: ord(''), lambda: ord(5), lambda: divmod(1, 0), lambda: divmod('a', 1), lambda: abs(None), lambda: hash([]), lambda: round(None)]:
    try:
        print(f())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
