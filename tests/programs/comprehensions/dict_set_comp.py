print({k: v for k, v in zip('abc', range(3))})
print({x: x ** 2 for x in range(6) if x % 2})
print(sorted({x % 5 for x in range(20)}))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ['apple', 'bob', 'cat', 'avocado']
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
inv = {v: k for k, v in {'x': 1, 'y': 2}.items()}
print(inv)
