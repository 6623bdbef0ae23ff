# Sets in data structures: graph edges as frozensets, set of tuples, union-find components.
edges = [frozenset(e) for e in [(1, 2), (2, 1), (2, 3), (4, 5), (5, 4), (6, 6)]]
unique = set(edges)
print(len(edges), len(unique), sorted(sorted(e) for e in unique))
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    parent[find(a)] = find(b)
for e in unique:
    items = sorted(e)
    union(items[0], items[-1])
groups = {}
for n in sorted(parent):
    groups.setdefault(find(n), set()).add(n)
print(sorted(sorted(g) for g in groups.values()))
visited = {(0, 0)}
x = y = 0
for step in 'NNESSWWWN':
    x, y = x + {'E': 1, 'W': -1}.get(step, 0), y + {'N': 1, 'S': -1}.get(step, 0)
    print((x, y), (x, y) in visited)
    visited.add((x, y))
print(len(visited), sorted(visited)[:4])
