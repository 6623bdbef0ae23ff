print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], 'a' in 'abc', 'bc' in 'abc', '' in 'x')
print('k' in {'k': 1}, 1 in {'k': 1}, 2 in {1, 2}, 2 in (1, 2), 5 in range(10), 10 in range(10))
a = [1]
b = [1]
print(a is a, a is b, a is not b, a == b, None is None, not (a is b))
print(1.0 in [1], True in [1], [1] in [[1]])
print(b'a' in b'abc', 97 in b'abc')
