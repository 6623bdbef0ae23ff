# repr of nested and self-referencing containers of every kind.
a = [1, 'two', 3.0, None, True, (4,), {'k': [5]}, {6}, frozenset(), b'x', 1j, range(2), []]
print(a)
print(repr(a) == str(a), len(repr(a)))
b = [1]
b.append([b, (b,), {'self': b}])
print(b)
c = {}
c['me'] = c
c['list'] = [c]
print(c)
t = ([],)
t[0].append(t)
print(t)
print([[[[]]]], [(), ((),)], {1: {2: {3: {}}}}, [set(), {1}], [''] * 2, ["'"], ['"'], ["'\""])
