# Accumulating floats: Kahan summation vs naive, and rounding of running totals.
vals = [0.1, 0.2, 0.3, 1e-10, 1e10, -1e10, 0.7] * 50
naive = 0.0
for v in vals:
    naive += v
total, comp = 0.0, 0.0
for v in vals:
    y = v - comp
    t = total + y
    comp = (t - total) - y
    total = t
print(naive, total, sum(vals), round(naive, 6), round(total, 6), naive == total)
r = 0.0
for i in range(1, 1001):
    r += 1 / i
print(r, round(r, 10), f'{r:.15f}', r * 1000 // 1)
x = 1.0
steps = 0
while x + 1 != x:
    x *= 2
    steps += 1
print(steps, x, x + 1 == x, x - 1 == x, 2.0 ** 53)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print(eps, eps == 2 ** -52)
