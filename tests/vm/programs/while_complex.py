def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 15)])
def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    i = 2
    while i * i <= limit:
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
        i += 1
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return -1
    return i
print(find([4, 5, 6], 5), find([4, 5, 6], 9))
