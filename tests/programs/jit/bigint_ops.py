# Big ints (beyond 2**53) with ints in hot translated code: every operator, mixed operand
# orders, bools, and the errors, as the generic path gives them.


def lcg(n):
    x = 42
    out = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out ^= x >> 8
    return x, out


def mixed():
    x = 2**60
    b = None
    for i in range(20):
        a = x * 3 + 1
        b = (a % 1000, a // 7, a - x, a ** 2 % 97, 1 << 70 >> 3, -x, x / 3, x ** -1, 5 - x,
             x & 0xff, x | 1, x ^ x, 7 % x, -7 // x, x * True, x + False, divmod(a, 12345))
    return b


for _ in range(15):
    r = mixed()
print(lcg(1000))
print(r)
x = 2**70
for op in ["x @ 3", "x % 0", "x // 0", "x << -1", "3 @ x", "x + 'a'", "x / 0"]:
    try:
        print(eval(op))
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
