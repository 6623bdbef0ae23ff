import math
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 0), math.comb(5, 6), math.comb(0, 0), math.comb(10**6, 3))
print(math.perm(10, 3), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 20))
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(25), len(str(math.factorial(500))), math.factorial(True))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2**64), math.isqrt(10**40 + 12345), math.isqrt(2**127 - 1))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0), math.gcd(2**80, 2**70 * 3))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**40, 3**20))
for expr in ["math.comb(5, -1)", "math.comb(-5, 2)", "math.comb(5.0, 2)", "math.perm(-1)", "math.perm(5, -2)", "math.factorial(-1)", "math.factorial(2.5)", "math.factorial('3')", "math.isqrt(-1)", "math.isqrt(2.0)", "math.gcd(1.5)", "math.lcm('a')", "math.comb(5)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
