# sum() over ints, floats, mixed, big ints and with start values; float sums are exact like CPython's.
print(sum([0.1] * 10), sum([1e16, 1.0, -1e16]), sum([1, 2.5, 3]), sum(range(1, 101)) ** 2, sum(x * x for x in range(101)))
print(sum([2 ** 64] * 3), sum([-(2 ** 70), 1]), sum([1.5, 2 ** 60]), sum([], 0.0), sum([True, 2, 3.5]), sum([1j, 2]))
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, sum([1e308, 1e308]), sum([float('inf'), 1]), sum([1e100, 1, -1e100, 1]))
vals = [i / 7 for i in range(100)]
print(sum(vals), sum(sorted(vals, reverse=True)), sum(vals) / len(vals))
try:
    sum('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([[1]], start=None)
except TypeError as e:
    print(type(e).__name__, e)
