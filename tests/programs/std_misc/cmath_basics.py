import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(2 + 3j), cmath.sqrt(-4 - 0j), cmath.sqrt(1e-320j), cmath.sqrt(0j))
print(cmath.exp(0), cmath.exp(1j * cmath.pi), cmath.exp(1 + 1j), cmath.exp(-2.5 + 0.5j))
print(cmath.log(1), cmath.log(1j), cmath.log(-1), cmath.log(8, 2), cmath.log(1 + 1j, 1j), cmath.log10(100), cmath.log10(-10), cmath.log(1.0000001))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.phase(3), cmath.polar(1 + 1j), cmath.polar(-2), cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(0j, 1e-12, abs_tol=1e-9), cmath.isfinite(1 + 1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isnan(1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
class C:
    def __complex__(self): return 3 + 4j
print(cmath.polar(C()), cmath.sqrt(C()))
for expr in ["cmath.log(0)", "cmath.sqrt('a')", "cmath.log(1, 1)", "cmath.isclose(1, 1, rel_tol=-1)", "cmath.sqrt()", "cmath.rect(1j, 1)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
