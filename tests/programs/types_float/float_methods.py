# float methods: is_integer, hex, fromhex, as_integer_ratio, conjugate, real/imag.
for v in [0.0, 1.0, -2.5, 0.1, 1e100, 5e-324, 3.0, 1 / 3, -0.0]:
    print(v, v.is_integer(), v.hex(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp1023', '0x.8', '1.0', '  0x10  ', 'inf', '-nan', '0x1p-1074', '0X1.0P+3']:
    print(s, float.fromhex(s))
for bad in ['0x1p99999', 'zz', '']:
    try:
        print(float.fromhex(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [float('inf'), float('nan')]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(v.is_integer(), v.hex())
print((2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print(float.__name__, type(1.5).__name__, (1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__('a'))
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__bool__(), (0.0).__bool__(), (2.0).__int__(), (2.75).__float__())
print(float.fromhex('0x1.999999999999ap-4') == 0.1, (0.1).hex())
