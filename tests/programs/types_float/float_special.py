# inf and nan propagation through arithmetic, comparisons, min/max, sorting and conversions.
inf, nan = float('inf'), float('nan')
print(inf * -1, inf - 1e308, -inf * -inf, 1 / inf, -1 / inf, inf % 5 if False else 'skip', 0 * inf, nan + 1, nan * 0)
print(max(1, inf), min(-inf, 0), max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), sorted([3, 1.5, -inf, inf]))
print(inf == inf, inf > 10 ** 400, -inf < -(10 ** 400), nan is nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan))
print(float('inf') == float('infinity'), float('-iNF'), str(inf), repr(-inf), f'{inf:10.2f}|{nan:^9}|{-inf:+e}', '%f %e %g' % (inf, nan, -inf))
for f in [lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: inf // 1 if False else divmod(inf, 1), lambda: (inf).as_integer_ratio()]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(inf.is_integer(), nan.is_integer(), (1e308 * 10).hex(), abs(-nan), -nan)
