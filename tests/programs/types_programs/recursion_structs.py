# Recursion over nested lists and dicts: flatten, depth, sum, deep copy, pretty print.
data = [1, [2, [3, [4, 5]], 6], {'a': [7, 8], 'b': {'c': 9}}, (10, [11])]
def flatten(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from flatten(v)
    elif isinstance(x, (list, tuple)):
        for v in x:
            yield from flatten(v)
    else:
        yield x
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
def deepcopy(x):
    if isinstance(x, dict):
        return {k: deepcopy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deepcopy(v) for v in x]
    if isinstance(x, tuple):
        return tuple(deepcopy(v) for v in x)
    return x
def show(x, indent=0):
    pad = '  ' * indent
    if isinstance(x, dict):
        for k, v in x.items():
            print(f'{pad}{k}:')
            show(v, indent + 1)
    elif isinstance(x, (list, tuple)):
        for v in x:
            show(v, indent + 1)
    else:
        print(f'{pad}- {x!r}')
print(list(flatten(data)), sum(flatten(data)), depth(data), depth([]), depth(5))
c = deepcopy(data)
c[1][1][0] = 'changed'
print(data[1][1][0], c[1][1][0], c == data)
show(data)
def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    return [[xs[i]] + p for i in range(len(xs)) for p in permutations(xs[:i] + xs[i + 1:])]
print(permutations([1, 2, 3]), len(permutations(list(range(5)))))
def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(sorted(powerset(['a', 'b', 'c']), key=lambda s: (len(s), s)))
