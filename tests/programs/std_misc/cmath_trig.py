import cmath
# printed to 12 digits: the components go through the platform's sin/cos/exp
def show(z):
    return '(%.12g%+.12gj)' % (z.real, z.imag)
for z in [1 + 2j, -0.5 + 0.25j, 0.3j, 2]:
    print(z, ' '.join(show(f(z)) for f in (cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh)))
    print(z, ' '.join(show(f(z)) for f in (cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh)))
print(show(cmath.atanh(0.5 + 0.2j)), show(cmath.atanh(-0.5)), show(cmath.asin(2)), show(cmath.acos(-2)))
