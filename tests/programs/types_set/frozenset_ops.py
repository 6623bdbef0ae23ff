# frozenset: hashing, use as keys, mixing with set, repr.
f = frozenset([3, 1, 2])
g = frozenset('ab')
print(sorted(f), len(f), 2 in f, f == {1, 2, 3}, f | {4} == {1, 2, 3, 4}, type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()), frozenset() == set(), repr(frozenset()), repr(frozenset([5])))
d = {f: 'nums', g: 'letters', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()], frozenset({1, 2, 3}) in d)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s), sorted(sorted(x) for x in s))
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print(f.union([9]) == {1, 2, 3, 9}, f.copy() is f, frozenset(f) is f, f.issubset({1, 2, 3, 4}), sorted(f.symmetric_difference({1, 5})))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1, 2]): 1} == {frozenset([2, 1]): 1})
