# A formatted report: column widths computed at run time, totals, percentages.
rows = [('North', 1520.5, 0.125), ('South', 998.0, -0.034), ('East', 12034.25, 0.5), ('West', 0.0, 0.0), ('Central', 77.777, -1.0)]
w = max(len(r[0]) for r in rows)
print('{:<{w}} | {:>12} | {:>8}'.format('Region', 'Sales', 'Growth', w=w))
print('-' * (w + 26))
for region, sales, growth in rows:
    print('{:<{w}} | {:>12,.2f} | {:>+8.1%}'.format(region, sales, growth, w=w))
total = sum(r[1] for r in rows)
print('{:<{w}} | {:>12,.2f} |'.format('Total', total, w=w))
print('%-*s | %12.2f | %7.1f%%' % (w, 'Mean', total / len(rows), 100 * sum(r[2] for r in rows) / len(rows)))
for i in range(0, 17, 4):
    print(f'{i:3d} {i:08b} {i:#06x} {i ** 3:>6,} {1 / (i + 1):.4f} {2 ** i:e}')
