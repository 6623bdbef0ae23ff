from itertools import groupby
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5), ('a', 6)]
for key, grp in groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in grp])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2])])
print(list(groupby([])), [(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
# a group is invalidated once the outer iterator moves on
g = groupby('aaabbb')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby('xxy')
k, grp = next(g)
print(next(grp), k)
print(list(grp), [k for k, _ in g])
try:
    groupby()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(groupby([1, 'a', 2], key=lambda v: v + 1))
except TypeError as e:
    print(type(e).__name__, e)
