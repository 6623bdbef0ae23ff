d = {'b': 2, 'a': 1}
d['c'] = 3
del d['b']
print(d, len(d), 'a' in d, list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v)
print(d.get('zz', 'default'), d.pop('a'), d)
try:
    d['missing']
except KeyError as e:
    print("KeyError", e)
s = {1, 2, 3}
s.add(4)
s.discard(1)
print(sorted(s), 2 in s, sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}))
t = (1, 2, 3)
print(t[1:], t + (4,), t * 2, t.index(2), t.count(3))
l = [5, 3, 1]
l.sort()
l.append(7)
l.extend([8, 9])
l.insert(0, 0)
print(l, l.pop(), l[-1], l[1:3], l[::2])
l[1:3] = ['x']
print(l)
nested = {'k': [1, {'z': (1, 2)}]}
print(nested, nested['k'][1]['z'][0])
print(dict(a=1, b=2), dict([(1, 2)]), list(zip([1, 2], 'ab')), list(enumerate('xy', 1)))
