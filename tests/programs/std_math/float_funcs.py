import math
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 100.0]:
    print(x, math.sqrt(x), math.exp(x), math.log1p(x), math.expm1(x), math.cbrt(x), math.fabs(-x))
# trigonometric results print 15 digits: glibc rounds them correctly, other libms may be an ulp off
for x in [0.0, 0.1, 0.5, 1.0, 2.0, math.pi / 3]:
    print(x, ' '.join('%.15g' % f(x) for f in (math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh)))
print(math.asin(0.5), math.acos(0.5), math.acosh(2.0), math.atanh(0.5), math.atan2(1, -1), math.atan2(-0.0, -1.0))
print(math.degrees(math.pi / 4), math.radians(90), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.hypot(-5))
print(math.pow(2, 10), math.pow(2.0, -1), math.pow(-8, 1/3) if False else math.pow(4, 0.5), math.pow(0.0, 0.0), math.pow(float('nan'), 0))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2), math.remainder(-5, 2))
print(math.modf(3.75), math.modf(-2.5), math.modf(0.0), math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.ldexp(0.75, 4), math.ldexp(1, -1074))
