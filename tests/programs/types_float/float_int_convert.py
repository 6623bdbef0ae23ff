# Conversions between floats and big ints, true division of big ints.
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 30) / (10 ** 10), (2 ** 100) / 3, 1 / (2 ** 80), (10 ** 400) / (10 ** 399), -(10 ** 50) / 7)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(int(1e15), int(1.2345e17), int(-9.9e18), 3.0 == 3, 2 ** 0.5 > 1.4142135623730950)
print(7 / 2, -7 / 2, 7 // 2.0, 6 / 3, type(6 / 3).__name__, 1 / 7)
print((10 ** 20 + 1) / 10 ** 20, 123456789123456789 / 1000, 2 ** 53 / 3)
