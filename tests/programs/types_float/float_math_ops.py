# Builtins on floats: abs, divmod, pow, sum precision, min/max, int truncation.
xs = [0.1] * 10
print(sum(xs), sum(xs) == 1.0, sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], 1))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(1e300, 1e-300))
print(pow(2.0, 10), pow(2, -2), pow(-2.0, 2), pow(2.0, 0.5))
print(int(2.9), int(-2.9), int(1e20), int(-1e20), int(1.5e300) == 15 * 10 ** 299)
print(abs(-1e-300), max(0.1, 0.2), min(-0.0, 0.0), max(-0.0, 0.0))
print(float('1e16') + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(3.0 * 'ab' if False else 'skip', 1.0.__class__.__name__)
try:
    'ab' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
k = 1.0
try:
    [1, 2][k]
except TypeError as e:
    print(type(e).__name__, e)
x = 10.0
x /= 4; x //= 1; x **= 2; x %= 3; x -= 0.5; x *= -1
print(x)
