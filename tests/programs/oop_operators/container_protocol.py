class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError('cell %r out of range' % (key,))
            return self.cells.get(key, '.')
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        raise TypeError('bad key type: %s' % type(key).__name__)

    def __setitem__(self, key, v):
        print('set', key, v)
        self.cells[key] = v

    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, v):
        return v in self.cells.values()


g = Grid(3, 2)
g[0, 1] = 'x'
g[2, 1] = 'y'
print(g[0, 1], g[1, 1], len(g), 'x' in g, 'z' in g, 'z' not in g)
print(g[1:5], g[::2], g[:], g[1:2:3])
del g[0, 1]
try:
    del g[0, 1]
except KeyError as e:
    print(type(e).__name__, e)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    g['k']
except TypeError as e:
    print(type(e).__name__, e)
g[1:2] = 'slice assign'
del g[1:2]


class ReadOnly:
    def __getitem__(self, i):
        return i * 2


r = ReadOnly()
print(r[5], r[-1], r['ab'])
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)


class NoItems:
    pass


try:
    NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoItems()
except TypeError as e:
    print(type(e).__name__, e)


class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        print('getitem', i)
        return self.items[i]


print(3 in Seq([1, 2, 3]), 9 in Seq([1]))


class ContainsTruthy:
    def __contains__(self, x):
        return x


print(1 in ContainsTruthy(), 0 in ContainsTruthy(), [] in ContainsTruthy(), 'a' not in ContainsTruthy())
