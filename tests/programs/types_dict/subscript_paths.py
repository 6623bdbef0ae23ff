# d[k] on an exact dict takes a shortcut in the loop when the key is there; every other case
# (missing keys, dict subclasses with __missing__, unhashable keys, keys whose __eq__ runs
# Python code) must behave as the generic subscript does.


class Defaulting(dict):
    def __missing__(self, key):
        return 'missing:%r' % (key,)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print('  Key.__eq__', self.n)
        return isinstance(other, Key) and self.n == other.n


def lookups(d, keys):
    out = []
    for k in keys:
        try:
            out.append(d[k])
        except KeyError as e:
            key = e.args[0]
            out.append('KeyError %r' % (key.n if isinstance(key, Key) else key,))
        except TypeError as e:
            out.append('TypeError %s' % e)
    return out


d = {1: 'one', 'a': 'A', (1, 2): 'pair', 2.5: 'float', True: 'bool-or-1', None: 'none'}
print(lookups(d, [1, 'a', (1, 2), 2.5, 1.0, None, 'b', 3, [1], {}]))
print(lookups(Defaulting(x=1), ['x', 'y', 0]))
k1 = Key(1)
kd = {k1: 'first'}
print(lookups(kd, [k1, Key(1), Key(2)]))
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts[w] + 1 if w in counts else 1
print(sorted(counts.items()), counts['the'])


# d[k] = v likewise: an exact dict stores in the loop; a subclass's __setitem__ still runs.
class Logging(dict):
    def __setitem__(self, key, value):
        print('  Logging.__setitem__', key, value)
        super().__setitem__(key, value * 2)


def stores(d, pairs):
    for k, v in pairs:
        try:
            d[k] = v
        except TypeError as e:
            print('  TypeError', e)
    return sorted(d.items(), key=repr)


print(stores({}, [(1, 'a'), ('k', 'b'), (1.0, 'c'), ((1,), 'd'), ([1], 'e')]))
print(stores(Logging(), [('x', 1), ('y', 2)]))
