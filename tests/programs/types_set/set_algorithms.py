# Sets in algorithms: dedupe keeping order, graph reachability, sieve.
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe('mississippi'))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [], 6: [1], 7: [8], 8: []}
def reach(start):
    seen, todo = {start}, [start]
    while todo:
        n = todo.pop()
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                todo.append(m)
    return sorted(seen)
print(reach(1), reach(7), reach(5))
n = 100
composite = set()
for i in range(2, n):
    if i not in composite:
        composite.update(range(i * i, n, i))
print(sorted(set(range(2, n)) - composite))
words = ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'dog']
groups = {}
for w in words:
    groups.setdefault(frozenset(w), set()).add(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
print(sorted({x % 7 for x in range(50)}), {c for c in 'aaa'}, len({(i, j) for i in range(3) for j in range(3)}))
