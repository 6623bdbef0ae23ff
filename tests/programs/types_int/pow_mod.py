# ** and pow() including modulus, negative exponents and errors.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -1, 2 ** -2, (-2) ** -3)
print(10 ** 20, 7 ** 30, (-3) ** 41)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 101), pow(-3, 3, 7), pow(3, -1, 7), pow(5, -2, 13))
print(pow(2, 100, 2 ** 61 - 1), pow(12345678901234567, 3, 10 ** 9 + 7))
print(pow(7, 0, 1), pow(7, 5, -3), pow(-7, 5, -3))
for args in [(2, -1, 4), (2, 3, 0), (2, 3.0, 5), (2.0, 3, 5), ('2', 3), (0, -1)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(10, -3), 10 ** -3, (-1) ** 1000001)
