# Set comparisons and equality across set/frozenset/dict views; sets of small ints iterate sorted.
print({1, 2} == frozenset({1, 2}), {1, 2} != {1}, {1} < {1, 2}, not ({1, 3} < {1, 2}), {1, 2} > {2}, {1} <= {1}, set() < {0})
print({1, 2}.__eq__([1, 2]), {1} == [1], {1: 2}.keys() == {1}, {1, 2} == {1: 0, 2: 0}.keys())
print(list({3, 1, 2}), list({10, 5, 0}), sorted({-1, -5, 3}), max({4, 9, 2}), min(frozenset([7, 3])), sum({1, 2, 3}))
print({1.0, 1, True}, {0, False, 0.0}, len({1, 1.0, True}), {(1, 2), (1, 2)}, {None, None})
try:
    sorted({1, 'a'})
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
