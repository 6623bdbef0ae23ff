# float ** 0.5 and float ** 2 follow C's pow(), which is not correctly rounded: near a tie it
# can differ from math.sqrt(x) and x * x in the last bit. These bases are such cases.
import math
import random

ROOT_TIES = [
    '0x1.e1e1c648cc6ecp+9', '0x1.4a9e22a953201p+95', '0x1.b495dbf4e72cbp+445',
    '0x1.2e1918cdefd0bp-161', '0x1.57da72bcc23e5p-247', '0x1.187b800000000p+19',
    '0x1.e3237b4836960p+9', '0x1.b447ad0613230p+6', '0x1.cd90ea7ff2c45p-61',
    '0x1.15fd22920ef42p+341', '0x1.0d1aa00000000p+19', '0x1.28a3b6e807c13p+281',
    '0x1.59913dee577ffp-193', '0x1.3f50ae590b168p+27', '0x1.285cecd4d5ca0p+5',
    '0x1.49fb60cc60f70p+273', '0x1.c43b67faa24f4p+9', '0x1.6ba7b8ef03731p-21',
    '0x1.556858f99215fp+55', '0x1.d28f800000000p+18', '0x1.7c4fc30d98159p-34',
    '0x1.f81b06a5d9e5dp-24', '0x1.a523733344280p+9', '0x1.9020800000000p+19',
]
SQUARE_TIES = [
    '0x1.e9cedd19e2a95p-388', '0x1.63acb62f9c992p-1', '-0x1.6474f363f182cp+8',
    '0x1.e074530db9d91p-236', '-0x1.369f2c8ae999ap+9', '0x1.a35796099c77dp-194',
    '0x1.e1cdcecb6fc16p+311', '0x1.d26adbc454a28p-161', '-0x1.ae29da66e2e32p+8',
    '0x1.eafb3c857a087p-92', '0x1.367f9996a204cp-210', '0x1.8ab10921d9dbap+9',
    '0x1.5051a354cc96cp-231', '0x1.73896f100c506p+36', '0x1.bde397746a035p-321',
    '0x1.9d9e4bf5cf0fdp-125', '0x1.fc71d28273ee2p+204', '0x1.cab62a7940d1cp+9',
]

for h in ROOT_TIES:
    x = float.fromhex(h)
    r = x ** 0.5
    print(h, r.hex(), r == math.sqrt(x))
for h in SQUARE_TIES:
    x = float.fromhex(h)
    r = x ** 2
    print(h, r.hex(), r == x * x)

# A seeded sweep over many magnitudes: how many powers differ from the correctly rounded ones,
# and a checksum of every result.
random.seed(12345)
roots_off = squares_off = 0
check = 0
for i in range(40000):
    x = random.random() * 10.0 ** random.randint(-150, 150)
    r = x ** 0.5
    s = x ** 2
    roots_off += r != math.sqrt(x)
    squares_off += s != x * x
    check = (check * 31 + hash(r) + hash(s)) % 1000000007
print(roots_off, squares_off, check)

# Integers, negative bases, and the edges the shortcut leaves to the full algorithm.
for x in [0.0, -0.0, 1.0, 4.0, 2.0, 0.25, 1e-300, 1e300, 5e-324, 2.0 ** -1022, 1.7976931348623157e308]:
    print(repr(x), repr(x ** 0.5), end=' ')
    try:
        print(repr(x ** 2))
    except OverflowError as e:
        print('OverflowError', e)
for x in [-3.0, -1.5, -1e-200, -1e200]:
    try:
        print(repr(x ** 2))
    except OverflowError as e:
        print('OverflowError', e)
print((-4.0) ** 0.5)
print(math.pow(2.0, 0.5), math.pow(-3.0, 2), pow(9.0, 0.5), 16 ** 0.5, (2 ** 60) ** 0.5)
