pairs = {'a': 1, 'b': 2}
for k, v in pairs.items():
    print(k, v)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
obj = {}
for obj['key'] in range(3):
    pass
print(obj)
lst = [None]
for lst[0] in 'ab':
    print(lst)
