data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('banana'), sorted(['b', 'A', 'a', 'B']), sorted(['b', 'A', 'a', 'B'], key=str.lower))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))))
l = [3, 1, 2]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['pear', 'fig', 'apple', 'kiwi']
words.sort(key=len)
print(words)
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
