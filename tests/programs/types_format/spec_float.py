# Format specs on floats: precision, types e/E/f/F/g/G/%/n/none, grouping, alternate form.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1.5e16, 1e100, 0.000123456, 123456789.0, float('inf'), float('-nan')]
specs = ['', '.0f', '.2f', '10.3f', '<10.1f', '^+12.2e', '.3e', 'E', '.4g', 'g', 'G', '#g', '.0%', '.1%', ',.2f', '_.3f', '015.4f', '+.1f', ' .2f', '#.0f', '.10g', 'n', '.2', '.0e', '#.0e', '=+12.3f', 'x>9.1f', '.20f', '.3g']
for v in vals:
    row = []
    for sp in specs:
        row.append(format(v, sp))
    print(repr(v), '|'.join(row))
for bad in ['d', 'x', 'c', 's', '#,d', 'b']:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'), format(1e22, 'f'), format(1 / 3, '.50f'))
print(format(12345.6789, 'z.2f'), format(-0.001, 'z.1f'), format(-0.0, 'z'), format(-0.0, 'z.0e'))
