# Nested dicts: recursive traversal, merging and pretty printing.
tree = {'name': 'root', 'children': [{'name': 'a', 'children': [{'name': 'a1', 'children': []}]}, {'name': 'b', 'children': []}]}
def walk(node, depth=0):
    print('  ' * depth + node['name'])
    for ch in node['children']:
        walk(ch, depth + 1)
walk(tree)
def count(node):
    return 1 + sum(count(c) for c in node['children'])
print(count(tree))
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(merge({'x': 1, 'cfg': {'a': 1, 'b': {'c': 2}}}, {'cfg': {'b': {'d': 3}, 'e': 4}, 'y': 2}))
def flatten(d, prefix=''):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flatten(v, prefix + k + '.')
        else:
            yield prefix + k, v
print(dict(flatten({'a': {'b': {'c': 1}, 'd': 2}, 'e': 3})))
