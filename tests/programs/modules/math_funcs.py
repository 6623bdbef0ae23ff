import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.trunc(-3.7))
print(math.factorial(20), math.factorial(25), math.gcd(48, 18), math.gcd(0, 5))
print(math.isnan(float('nan')), math.isinf(1e309), math.isfinite(1.0), math.fabs(-3))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1) * 4 == math.pi)
print(math.pow(2, 10), math.hypot(3, 4), math.copysign(3, -0.0), math.isclose(0.1 + 0.2, 0.3))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(math.floor(1e20), math.ceil(2 ** 60 + 0.5), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.log(0)
except ValueError as e:
    print('ValueError:', e)
