a = 2 ** 100
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(a >> 50, a << 10, -a >> 3, a & (b - 1), a | b, a ^ b, ~a)
print(a == 2 ** 100, a > b, a < b, a != b)
print(pow(2, 100, 1000007), pow(3, 200, 10 ** 9 + 7))
print(abs(-a), -(-a), +a)
print(a / b, float(a), int(float(2 ** 60)))
print(str(a)[:10], len(str(2 ** 1000)))
print(hex(a), oct(b), bin(2 ** 70))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(2 ** 64 - 1, (2 ** 64 - 1) & 0xff, 10 ** 30 // 10 ** 15)
print(12345678901234567890 * 0, 0 - 10 ** 20, (10 ** 20) % 7)
