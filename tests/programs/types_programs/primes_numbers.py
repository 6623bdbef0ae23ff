# Number theory with big ints: primes, factorisation, gcd/lcm, digit sums, collatz, perfect numbers.
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print([p for p in range(100) if is_prime(p)], is_prime(2 ** 31 - 1), factor(600851475143), factor(2 ** 32 + 1), factor(97))
print(gcd(2 ** 100, 6 ** 50), 2 ** 100 * 6 ** 50 // gcd(2 ** 100, 6 ** 50) % 10 ** 9, gcd(0, 5), gcd(-12, 18))
print(sum(int(c) for c in str(2 ** 1000)), len(str(3 ** 1000)), str(7 ** 77)[:15])
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), [collatz(n) for n in range(1, 11)])
print([n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])
f = 1
for i in range(1, 31):
    f *= i
print(f, f.bit_length(), f % (2 ** 64), hex(f), f // 10 ** 20, -f // 7, divmod(f, 10 ** 9 + 7))
