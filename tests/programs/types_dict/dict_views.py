# Dict views: live updates, set operations, membership, reversed, comparisons.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
d['d'] = 4
print(k, v, it, len(k), 'a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), sorted(it & {('a', 1)}), k == {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c', 'd', 'e'})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), k.isdisjoint({'x'}), k.isdisjoint(['a']))
print(sorted(k), list(iter(v)), [x for x in it], d.keys() == d.keys(), d.values() == d.values(), type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(k.mapping if hasattr(k, 'mapping') else '', dict(it) == d, set(d.items()) == set(it))
