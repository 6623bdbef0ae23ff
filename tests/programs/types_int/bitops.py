# Bitwise operators on negatives and big ints (two's complement semantics).
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 70, -(2 ** 70) + 1]
for a in vals:
    print(a, a & 0xFF, a | 0xF0, a ^ -1, ~a, a >> 3, a << 3)
for a in vals[:6]:
    for b in vals[:6]:
        print(a & b, a | b, a ^ b, end=' ')
    print()
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(2 ** 100) >> 98, 5 >> 64)
print(-5 & (2 ** 70 - 1), -5 | 2 ** 70, -5 ^ 2 ** 70)
for bad in [-1, -100]:
    try:
        print(1 << bad)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 'a'
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True, True << 3)
