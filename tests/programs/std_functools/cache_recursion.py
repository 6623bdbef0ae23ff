from functools import cache, lru_cache

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])
print(fib(90))
print(fib.cache_info())

@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print([partitions(n, n) for n in range(1, 20)])
print(partitions.cache_info().currsize > 0)

@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

for x, y in [('kitten', 'sitting'), ('flaw', 'lawn'), ('', 'abc'), ('same', 'same')]:
    print(x, y, edit_distance(x, y))

@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16))

class Solver:
    @lru_cache(maxsize=32)
    def collatz(self, n):
        if n == 1:
            return 0
        return 1 + self.collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

s = Solver()
print([s.collatz(n) for n in range(1, 16)])
print(Solver.collatz.cache_info().maxsize)
fib.cache_clear()
print(fib.cache_info())
