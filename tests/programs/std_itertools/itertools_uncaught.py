import itertools
print(list(itertools.permutations('ab')))
print(list(itertools.islice('abc', 1, 2)))
itertools.islice('abc', -1)
