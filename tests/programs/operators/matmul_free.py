# precedence of mixed operators
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 2 ** -1 * 4)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 8, 6 ^ 3 & 1)
print(10 - 2 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 17 % 5 * 2, 17 // 5 % 2)
print(not 1 == 2, not (1 == 2), 1 + 2 == 3 and 4 > 3 or False)
print(3 if 1 < 2 else 4 + 10, (3 if 1 > 2 else 4) + 10)
