# int() from strings: bases, prefixes, underscores, whitespace and the exact error messages.
cases = ['42', '  -17  ', '+5', '1_000_000', '0x1F', '0o17', '0b101', 'ff', 'z', '0', '00', '-0',
         '1__0', '_1', '1_', '', ' ', '12a', '١٢٣', '0x', '1.5', '+-1', '9' * 30]
for s in cases:
    for base in [10, 16, 0, 36, 2]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, type(e).__name__, e)
print(int(), int(3.9), int(-3.9), int(True), int('  12\n'), int(b'42'), int(bytearray(b'17')))
for bad in [None, [1], 3 + 4j, 'x']:
    try:
        print(int(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for base in [1, 37, -1]:
    try:
        int('1', base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(int('0x10', 0), int('0o10', 0), int('0b10', 0), int('10', 0), int('0X_1f', 16), int('Z', 36))
print(int(10 ** 20 + 0.0), int('-' + '7' * 25))
