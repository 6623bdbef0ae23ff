print(int(), int('  7 '), int('+7'), int('-0x1f', 16), int('1_000'), int(b'12') if False else 12)
print(int(7.999), int(-0.5), int('10', 2), int('zz', 36), int(' 12 '), int('٣'))
for bad in ['', '1.5', '0x10', 'abc', '1__0', ' ']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
