import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 8), math.log10(1000), math.log2(1024), math.log2(3))
print(math.log(10**100), math.log10(10**100), math.log2(2**200), math.log(2**1000, 2), math.log10(10**400 + 1))
print(math.log(7 * 10**500), math.log2(3**700), math.log(10**50, 10**5))
for expr in ["math.log(0)", "math.log(-1)", "math.log(0.0)", "math.log(1, 1)", "math.log(10, 0)", "math.log10(-10**200)", "math.log2(0)", "math.log('a')", "math.log()", "math.log(1, 2, 3)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
