# Views of different dicts combined, items views with unhashable values, keys views vs lists.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b), sorted(a.items() & b.items()), sorted(a.keys() | ['q']), a.keys() == {'x', 'y', 'z'})
c = {'k': [1]}
try:
    c.items() & {('k', 1)}
except TypeError as e:
    print(type(e).__name__, e)
print(('k', [1]) in c.items(), list(c.items()), len(a.values()), list(a.values()) == [1, 2, 3], 3 in a.values())
print(sorted(a, key=a.get, reverse=True), min(a.items(), key=lambda kv: kv[1]), dict(sorted(b.items())), {k: a[k] + b[k] for k in a.keys() & b.keys()} == {'y': 22, 'z': 6})
