# str(float) in containers, format() defaults, and the repr of computed values.
vals = [i / 10 for i in range(11)] + [1 / i for i in range(1, 8)] + [2 ** -i for i in range(0, 60, 7)] + [10.0 ** i for i in range(-6, 20, 3)]
for v in vals:
    print(v, format(v), format(v, ''), '%s' % v, '%r' % v, f'{v}', f'{v!r}', f'{v:.3}')
print([0.1 * i for i in range(5)], (0.5, 0.25), {0.125: 1e-10})
