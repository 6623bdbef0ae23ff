import math
# gamma is CPython's own Lanczos code (exact here); lgamma/erf/erfc go through libm-level
# exp/log (or libm itself), whose last ulp may differ between C libraries, so they print 12 digits.
for x in [0.5, 1, 1.5, 2, 3.5, 5, 10.25, 20, 0.1, -0.5, -1.5, 171]:
    print(x, math.gamma(x), '%.12g' % math.lgamma(x))
for x in [0.0, 0.1, 0.5, 1.0, 1.4, -0.3, -1.0, 3.0, 6.0]:
    print(x, '%.12g' % math.erf(x), '%.12g' % math.erfc(x))
print('%.12g %.12g %.12g' % (math.lgamma(1000.5), math.lgamma(1e10), math.gamma(1e-5)))
print(math.lgamma(1), math.lgamma(2), math.erf(0), math.erfc(0), math.erf(math.inf), math.erfc(-math.inf))
