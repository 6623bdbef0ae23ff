# Float arithmetic, floor division and modulo signs, and the error messages.
vals = [7.5, -7.5, 0.5, -0.0, 3.0, 1e300]
for a in vals:
    for b in [2.0, -2.0, 0.3, 7]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
for a in [1.0, 0.0, -1.0]:
    for f in [lambda: a / 0.0, lambda: a // 0.0, lambda: a % 0.0, lambda: divmod(a, 0.0), lambda: a / 0]:
        try:
            print(f())
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 + 0.2 == 0.3, abs(-2.5), -(0.0), abs(-0.0))
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((-8.0) ** 0.5)
except ValueError as e:
    print(type(e).__name__, e)
print((-8) ** 0.5, 0.0 ** 0, 2.0 ** -1)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5 * 2 ** 0.5, 1 / 3 + 1 / 3 + 1 / 3, 3 * 0.1, 100 * 1.1)
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < -1e308, inf / inf)
print(7.0 % inf, -7.0 % inf, 7.0 // inf, -7.0 // inf)
