def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(50))
print(2 ** 200 // 3 ** 50, 2 ** 200 % 1000003)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
x = 12345678901234567890
print(x * x, x + 1, x - x, x > 2 ** 63, hash(2 ** 61 - 1), hash(-1))
print(int("123456789012345678901234567890") + 1)
print((1 << 100) | 1, (1 << 100) & ((1 << 100) - 1), -(1 << 64) >> 3)
a, b = 0, 1
for _ in range(100):
    a, b = b, a + b
print(a)
