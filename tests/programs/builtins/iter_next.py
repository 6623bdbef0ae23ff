it = iter([10, 20, 30])
print(next(it))
for x in it:
    print('rest', x)
s = iter('ab')
print(next(s), next(s), next(s, None))
d = {'a': 1, 'b': 2}
print(list(iter(d)), list(d.keys()), list(d.values()), list(d.items()))
r = iter(range(3))
print(list(r), list(r))
print(list(iter([1, 2, 3, 4, 5, 6]))[::2])
