# Big-int arithmetic where one operand is the same small constant every time (a linear
# congruential generator, modular powers): results must not depend on which numbers were
# converted to big ints before, including 0, negatives and values sharing low bits.
def lcg(seed, n):
    s = seed
    out = []
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        out.append(s >> 16)
    return out


print(lcg(42, 8), sum(lcg(7, 5000)))
x = 2 ** 40
for k in [0, 1, -1, 64, -64, 128, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 31, 3, 67, -61]:
    print(k, x * k * x, (x * x + k) % 1000003, (x * x - k) // 97, (x * x) & (k | 1), (x * x) ^ k)
acc = 1
for i in range(1, 60):
    acc = (acc * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
print(acc, hex(acc))
