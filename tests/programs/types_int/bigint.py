# Arbitrary precision: results past 2**53 and 2**64 stay exact.
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7)
print(divmod(b, a), divmod(-b, a), divmod(b, -a))
print(2 ** 64 - 1, (2 ** 64 - 1).bit_length(), (-(2 ** 64)).bit_length())
x = 1
for i in range(1, 40):
    x *= i
print(x, len(str(x)), x % 1000007)
print(9007199254740993, 9007199254740992 + 1, 2 ** 53 + 1 == 9007199254740993)
print(12345678901234567890 * 98765432109876543210)
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 7))
print(-(2 ** 70), abs(-(2 ** 70)), -(-(2 ** 70)))
print((2 ** 80) / (2 ** 20), 2 ** 1000 // 3 ** 500)
n = 2 ** 200
print(n == 2 ** 200, n < n + 1, n > -n, hash(n) == hash(2 ** 200))
print(int(str(n)) == n, str(n)[:20], repr(-n)[:20])
print(sum(range(10 ** 6)), 10 ** 18 + 10 ** 18)
print(9007199254740991 + 2, 9007199254740991 * 3, -9007199254740991 - 5)
