# `(x * c1 + c2) % m` with int constants in hot translated code (an LCG step, a hash), whose
# product passes 2**53: the same results as the step-by-step big-int arithmetic for every kind
# of x, and the usual behaviour when x is not an int.


def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 16)
    return x, out[-3:]


def park_miller(seed, n):
    x = y = seed
    for _ in range(n):
        x = (x * 48271 + 0) % 2147483647
        y = y * 48271 % 2147483647
    return x, y, x == y


def odd(x):
    return ((x * -7 + -3) % 4294967296, (x * 9007199254740991 + 5) % 1000003, (x * 3 + 2**52) % 1,
            x * 9007199254740991 % 4294967296, x * -1 % 7)


for _ in range(30):
    r = lcg(42, 50)
print(r, park_miller(7, 1000))
xs = [0, 1, -1, 2**31, -(2**31), 2**53 - 1, -(2**53) + 1, 4294967296, -4294967296, 1000003, -1000003 * 5]
for _ in range(20):
    rs = [odd(x) for x in xs]
print(rs)
print([odd(x) for x in [2**60, -(2**61), True, False]])
for x in [1.5, -2.25, 3.0]:
    print(odd(x))
for bad in ["s", None, [1]]:
    try:
        print(odd(bad))
    except TypeError as e:
        print("TypeError:", e)


# `& mask` in place of `% m`: a mask of k one bits is the same step modulo 2**k (negative ints
# too); any other mask is a plain `&`.
def masked(x):
    return ((x * 1103515245 + 12345) & 0x7fffffff, (x * 69069 + 1) & 0xffffffff, (x * 31) & 0xff,
            (x * 7 + 3) & 0, (x * 1103515245 + 12345) & 0x7ffffffe, (x * 3 + 1) & -1)


for _ in range(20):
    ms = [masked(x) for x in xs]
print(ms)
print([masked(x) for x in [2**60, -(2**61), True, False]])
for bad in [1.5, None]:
    try:
        print(masked(bad))
    except TypeError as e:
        print("TypeError:", e)
