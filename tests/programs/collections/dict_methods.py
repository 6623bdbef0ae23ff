d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
d.update({'x': 10}, y=20)
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c, 'new' in d, 'new' in c)
print(dict.fromkeys('ab', 0), len(d))
for k in d:
    print('key', k, d[k])
d.clear()
print(d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
order = {}
for k in [5, 3, 9, 1]:
    order[k] = k * k
print(order, list(order))
del order[3]
order[3] = 'readded'
print(order)
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
