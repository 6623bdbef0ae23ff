# slice objects: attributes, indices(), repr, equality, use on several sequence types.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s.indices(5), slice(None).indices(3), slice(-3, None, -1).indices(10))
print([0, 1, 2, 3, 4, 5][s], 'abcdefgh'[s], tuple(range(8))[s], b'abcdefgh'[s], range(20)[s], s == slice(1, 10, 2), s != slice(1, 10))
for f in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1, 2).indices(-1), lambda: 'abc'[::0], lambda: slice('a', 'b').indices(3), lambda: hash(slice(1))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Key:
    def __getitem__(self, k):
        return k
k = Key()
print(k[1:2], k[::3], k[1:2, 3], k[...], k[:, None])
