# int methods: bit_length, to_bytes/from_bytes, as_integer_ratio, conjugate, real/imag, bit_count.
for n in [0, 1, 255, 256, -1, -128, -129, 2 ** 64, -(2 ** 63)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'', 'big'), (2 ** 70).to_bytes(9, 'big'))
print((255).to_bytes(1, 'big'), (0).to_bytes(0, 'big'), (5).to_bytes())
for args in [(256, 1, 'big'), (-1, 1, 'big'), (1, 1, 'middle'), (128, 1, 'big', True)]:
    try:
        n, *rest = args
        if len(rest) == 3:
            print(n.to_bytes(rest[0], rest[1], signed=rest[2]))
        else:
            print(n.to_bytes(*rest))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((42).__index__(), (7).__abs__(), (7).__neg__(), (7).__add__(3), (7).__radd__(3), (7).__add__(1.0))
print(int.__name__, type(5).__name__, isinstance(True, int), issubclass(bool, int))
print((10).__floordiv__(3), (10).__mod__(-3), (10).__pow__(2), (10).__pow__(2, 7), (3).__rpow__(2))
print((5).__lt__(6), (5).__eq__(5.0), (5).__eq__('5'), (5).__bool__(), (0).__bool__())
print((12).__format__('x'), (12).__trunc__(), (12).__round__(), (1234).__round__(-2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(int.from_bytes(b'\x80', 'big', signed=True), (3).__sizeof__() > 0)
