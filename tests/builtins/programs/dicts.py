def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

d = {'a': 1, 'b': 2}
d['c'] = 3; d['a'] = 10; del d['b']; d['b'] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('z'), d.get('z', 0), d.setdefault('q', []), d.setdefault('a', 99), d)
print(d.pop('q'), d.pop('zz', 'dflt'), d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
k = {1: 'int'}; k[1.0] = 'float'; k[True] = 'bool'; print(k, {0: 'a', False: 'b', 0.0: 'c'})
print({(1, 2): 'tuple', None: 'none', 2.5: 'f', -1: 'neg'})
print(dict(a=1), dict([('a', 1), ('b', 2)]), dict({'a': 1}, b=2), dict.fromkeys(range(3)), dict.fromkeys('ab', 0))
e = {}; e['self'] = e; print(e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {1: 1})
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 1} | {'a': 2})
m = {'a': 1}; m |= {'c': 3}; print(m)
ks = {'a': 1, 'b': 2, 'c': 3}.keys()
print(ks & {'a', 'c', 'z'} == {'a', 'c'}, sorted(ks | {'q'}), sorted(ks - {'a'}), 'a' in ks, ('a', 1) in {'a': 1}.items())
print(repr({}.keys()), {'a': 1}.values(), {'a': 1}.items(), list(reversed({'a': 1, 'b': 2})))
err(lambda: {}['missing'])
err(lambda: {}[('t', 1)])
err(lambda: {}.popitem())
err(lambda: {[]: 1})
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict([1]))
def mutate():
    z = {1: 1, 2: 2}
    for key in z:
        z[key + 10] = 0
err(mutate)
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1); print(dd['a'], dd['zz'], isinstance(dd, dict), dd)
big = {}
for i in range(1000): big[i] = i
for i in range(0, 1000, 2): del big[i]
print(len(big), list(big)[:5], sum(big.values()))
c = {'x': [1]}; c2 = c.copy(); c2['x'].append(2); c2['y'] = 0; print(c, c2)
c.clear(); print(c)
print(sorted({'b': 1, 'a': 2}.items()), {i: i * i for i in range(4)})
