# float comparisons with ints and big ints, and hash() of floats.
print(0.1 + 0.2 > 0.3, 1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1, 2.0 ** 63 == 2 ** 63)
print(float(2 ** 63) < 2 ** 63 + 1, 2 ** 63 + 1 > 2.0 ** 63, 9007199254740993 > 9007199254740992.0)
print(-0.0 == 0.0, 1.0 in [1], 1 in [1.0], [1.0] == [1], {1.0: 'a'}[1])
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e300, 2.0 ** 61, 123.456, float('inf'), float('-inf')]:
    print(v, hash(v))
print(hash(float('nan')) == hash(float('nan')) or True)
print(sorted([2.5, -1, 3, 0.0, -0.5, 1e-9]), max([1.5, 2, 2.0]), min([2.0, 2]))
