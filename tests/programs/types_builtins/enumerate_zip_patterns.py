# Everyday enumerate/zip/range patterns: pairwise, windows, transposition, parallel iteration.
xs = [3, 8, 2, 9, 4]
print(list(zip(xs, xs[1:])), [b - a for a, b in zip(xs, xs[1:])], list(zip(*[iter(range(9))] * 3)))
print([xs[i:i + 3] for i in range(len(xs) - 2)], max(range(len(xs)), key=xs.__getitem__), [i for i, x in enumerate(xs) if x > 3])
names, ages = ['a', 'b', 'c'], [30, 25, 35]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(zip(names, ages)), sorted(zip(ages, names)), list(zip(*sorted(zip(ages, names)))))
for i in range(10, 0, -3):
    print(i, end=' ')
print()
print(list(range(0)), list(range(-3)), list(range(-3, 3)), list(range(3, -3, -2)), range(1, 10, 2)[-2], range(10)[2:8:3])
