# Sorting mixed ints and floats (signed zeros, inf, NaN, big ints, float subclasses): order as CPython.
print(sorted([3.5, 1, -2, 2.0, True, 0, -0.0, 0.0, 1e308, -1e308, float('inf'), 2**53]))
print(sorted([1.0, 1, True, 1.0], key=lambda x: x), [type(x).__name__ for x in sorted([1.0, 1, True])])
print(sorted([0.0, -0.0, 0]), sorted([-0.0, 0.0]), sorted([2, 1.5], reverse=True))
n = float('nan')
print(sorted([3, n, 1, 2]), sorted([n, 2.0, 1.0]))
class F(float): pass
print(sorted([F(2), 1.0, F(0.5)]))
print(sorted([10**20, 1.5, 3]))
