# Tables of numbers: powers, roots and reciprocals aligned with width/precision.
print(f"{'n':>3} {'n^2':>6} {'n^3':>8} {'sqrt':>8} {'1/n':>10} {'hex':>6} {'bin':>10}")
for n in range(1, 16):
    print(f'{n:>3} {n ** 2:>6} {n ** 3:>8,} {n ** 0.5:>8.4f} {1 / n:>10.6f} {n:>#6x} {n:>010b}')
print('%-5s|%8s|%10s' % ('x', 'e^x', 'x!'))
f = 1
e = 2.718281828459045
for x in range(0, 12):
    f *= max(x, 1)
    print('%-5d|%8.3g|%10d' % (x, e ** x, f))
