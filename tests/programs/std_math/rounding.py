import math
for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 1e20, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
class F:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'truncated'
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.floor(True), math.ceil(2**70))
class FloatLike:
    def __float__(self): return 2.5
print(math.floor(FloatLike()), math.ceil(FloatLike()), math.sqrt(FloatLike()))
for expr in ["math.floor(float('inf'))", "math.ceil(float('nan'))", "math.trunc('x')", "math.floor('x')", "math.floor()", "math.trunc(FloatLike())"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
