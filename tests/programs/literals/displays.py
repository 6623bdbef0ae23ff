a = [1, 2, 3]
t = (4, 5)
print([0, *a, *t, 6])
print((*a, *t), (*a,), ())
print({*a, *t, 3})
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2}, {**d1, 'z': 0, **d2, 'a': 100})
print([], {}, set(), (1,), [[]], {1: {2: {3: 4}}})
print([1, 'two', 3.0, None, True, (5,), [6], {7: 8}])
print({1: 'a', 1.0: 'b', True: 'c'})
print({'x': 1, 'y': [1, 2], 'z': (3,)})
print(sorted({3, 1, 2}), sorted({5, 4, *a}))
print(*a, *t, sep='-')
nested = [[1, 2], [3, [4, [5]]]]
print(nested, nested[1][1][1][0])
