import math
inf, nan = math.inf, math.nan
print(math.pi, math.e, math.tau, inf, -inf, nan, math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(math.exp(-inf), math.exp(inf), math.atan(inf), math.tanh(-inf), math.sqrt(inf), math.hypot(inf, nan), math.copysign(inf, -1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(2.0**52), math.ulp(inf), math.ulp(1.7976931348623157e308))
for expr in ["math.sqrt(-1)", "math.exp(1000)", "math.acos(2)", "math.asin(-1.5)", "math.cosh(1000)", "math.atanh(1)", "math.fmod(inf, 1)", "math.fmod(1, 0)", "math.remainder(inf, 1)", "math.pow(0, -1)", "math.pow(-2, 0.5)", "math.ldexp(1.0, 2000)", "math.isclose(1, 1, rel_tol=-1)", "math.gamma(0)", "math.gamma(-1)", "math.lgamma(-2)", "math.sqrt('x')"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
