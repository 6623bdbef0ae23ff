x = 5
print(-x, +x, ~x, not x, --x, -(-x), ~~x)
y = -2.5
print(-y, +y, abs(y), -0.0, -(0.0))
print(-True, +False, ~0, ~-1, -(2 ** 100), ~(2 ** 100))
print(not not 3, -1 ** 2, (-1) ** 2)
