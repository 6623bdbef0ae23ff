from collections import defaultdict

words = "apple avocado banana blueberry cherry cranberry citrus date".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), by_letter['z'], len(by_letter))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
for a, b in [('x', 1), ('x', 2), ('y', 1), ('x', 1)]:
    nested[a][b] += 1
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s['a'].add(1); s['a'].add(1); s['b']
print(s)
dd = defaultdict(None, {'k': 1})
print(dd, dd.default_factory)
try:
    dd['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(defaultdict(int), repr(defaultdict(list, a=[1])))
c = counts.copy()
c['zz'] += 5
print(type(c).__name__, c['zz'], 'zz' in counts)
print(counts.get('q'), 'q' in counts)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
graph = defaultdict(list)
for u, v in [(1, 2), (1, 3), (2, 3), (3, 4)]:
    graph[u].append(v)
    graph[v].append(u)
print(sorted((k, sorted(v)) for k, v in graph.items()))
print(isinstance(graph, dict), graph.setdefault(9, ['x']), graph[9])
m = defaultdict(list, {'a': [1]}) | {'b': [2]}
print(m)
