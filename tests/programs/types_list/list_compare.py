# Comparisons, membership, equality with nested and mixed containers, repr of recursive lists.
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, [2, 3]] == [1, [2, 3]], [1] == (1,), [1.0] == [1])
print(2 in [1, 2], [2] in [[2]], 'a' in ['ab'], None in [0, False], float('nan') in [float('nan')])
nan = float('nan')
print([nan] == [nan], nan in [nan], [1, nan] < [2, nan])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a)
b = [[]]
b[0].append(b)
print(b)
d = {'k': []}
d['k'].append(d)
print(d)
try:
    [1] < ['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < 3
except TypeError as e:
    print(type(e).__name__, e)
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, 'b'), (2, 'a')]), [1, 2] != [1, 2], [] == [], [[]] != [[]])
