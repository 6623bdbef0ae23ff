# Format-spec errors: invalid types per value kind, bad combinations, overflowing widths.
cases = [(5, 's'), (5.0, 'd'), ('s', 'd'), (5, ',c'), (5, '.2x'), ('s', ','), (5, '=<5'), (5.0, '#c'), (1j, '='), (1j, '05'),
         (5, '1' * 20), (5, '<<5'), (5, 'xx'), (5.0, ',_f'), ([], 'x'), (None, 'd'), (5, '+c'), ('a', '#s'), (2.5, 'zd'), (10, 'z')]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), format(v, spec))
    except (ValueError, TypeError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
