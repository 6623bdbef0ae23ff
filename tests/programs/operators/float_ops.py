a = 1.5
b = -0.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 2, a ** b)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 * 0.1)
inf = float('inf')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, 1 / inf)
print(7 / 2, 7.0 // 2, -7.0 // 2, 2 ** 0.5 * 2 ** 0.5, 3 * 1.1)
print(int(2.5 + 2.5), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(3.14159, 3), round(-2.5), round(1234.5678, -2), round(7, -1), round(15, -1), round(25, -1))
