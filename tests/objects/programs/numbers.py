# ints: small/big boundaries, floor semantics, bit ops, conversions
big = 2**53
print(big + 1, big * big, -big - 1, (big + 1) - 2, type(big + 1 - 2))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (2**70, 3), (-(2**70), 7)]:
    print(a // b, a % b, divmod(a, b), a / b)
print(1 << 70, (1 << 70) >> 69, -1 >> 3, ~0, -(2**64) & 0xFFFF, (2**64 - 1) ^ 2**63, 5 | 2**60)
print(2 ** 64, 3 ** -2, (-2) ** 3, pow(3, 4, 5), pow(7, -1, 13), 10 ** 20 // 7)
print(int('0b1010', 0), int('  -0x_ff  ', 16), int('1_000_000'), int(2.9e15), int(-0.5))
print((1234).to_bytes(4, 'little'), int.from_bytes(b'\xd2\x04', 'little'), (1024).bit_length())
print(True + True, True * 2.5, False - 1, True & 1, True | False, -True, +False)
# floats: repr, rounding, special values
for x in [0.1, 1/3, 1e16, 1e15, 1e-4, 1e-5, 123456789.0, 2.5e-310, 1e308 * 10, -0.0, 3.0]:
    print(repr(x), str(x), format(x, '.3g'), format(x, 'e'), round(x, 3) if x == x and abs(x) != float('inf') else x)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(125, -1), round(135, -1))
print(0.1 + 0.2 == 0.3, abs(-2.5), 7.0 // 2, -7.0 // 2, 7.0 % -2, divmod(-7.5, 2))
print(float('1_0.25'), float(' -inf '), float('NaN') != float('NaN'), (0.25).as_integer_ratio(), (3.5).hex())
print(1 == 1.0, hash(1) == hash(1.0) == hash(True), 2**100 == 2.0**100, 2**53 + 1 > 2.0**53)
print(complex(3, 4), abs(complex(3, 4)), (1 + 2j) ** 2, 1j * 1j, complex('2-3j'), (2+0j) == 2)
# formatting
print(f'{1234567.891:,.2f}|{42:+08d}|{255:#010b}|{0.000123:.2e}|{"ab":*^7}|{12:x}|{3.0:g}|{1e20:g}')
print('{:>10}|{:<6.2f}|{:^9,}|{!r:>8}'.format('right', 2.71828, 1234567, 'q'))
print('%-6s|%6.2f|%05d|%x|%o|%e|%%|%c' % ('ab', 3.14159, 42, 255, 8, 12345.6789, 65))
print(format(123, ''), format(-0.0, 'z.2f'), format(1e100, '.3'), format(1234, '_x'))
