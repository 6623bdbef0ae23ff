for i, c in enumerate('abc'):
    print(i, c)
print(list(enumerate(['x', 'y'], start=10)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip(range(3), range(3, 6), 'xyz')))
names = ['a', 'b']
ages = [1, 2]
print(dict(zip(names, ages)))
a, b = zip(*[(1, 'x'), (2, 'y')])
print(a, b)
