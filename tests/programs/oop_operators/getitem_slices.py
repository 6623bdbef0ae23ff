class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print('set', key, value)

    def __delitem__(self, key):
        print('del', key)


r = Recorder()
print(r[1], r[1:2], r[:], r[::], r[1:], r[:2], r[::3], r[1:2:3], r[-1:])
print(r[1, 2], r[1:2, 3], r[..., 1], r[:, :], r[()], r['k'], r[None])
s = r[2:10:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(5), s == slice(2, 10, 2))
r[1:3] = 'ab'
r[::2] = [0]
del r[5:]
del r[1, 2]


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]

    def __repr__(self):
        return 'Seq(%r)' % self.data


q = Seq(range(10))
print(q[2:5], q[::-1], q[-3:], q[100:], q[3], q[-1], list(q[1:4]), len(q[::2]))
try:
    q[20]
except IndexError as e:
    print(type(e).__name__, e)
print(list(reversed(q))[:3])
print(slice(1, 2).indices(10), slice(None, None, -1).indices(4), slice(-100, 100).indices(5))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
