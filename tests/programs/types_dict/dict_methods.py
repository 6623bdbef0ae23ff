# Every dict method and its errors.
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('e', 5), d)
print(d.pop('e'), d.pop('zz', 'dflt'), d.popitem(), d, list(d.keys()), list(d.values()), list(d.items()))
d.update({'x': 10}, y=20)
d.update([('z', 30)])
d.update(w=40)
print(d, d.copy(), dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
print(d | {'a': 100}, {'q': 1} | d, 'a' in d, 'zz' not in d, list(reversed(d)), dict(a=1, b=2), dict([(1, 2)]), dict(zip('ab', 'cd')))
d2 = d.copy()
d2 |= {'new': 1}
d2.clear()
print(d2, d)
for f in [lambda: d['missing'], lambda: d.pop('missing'), lambda: {}.popitem(), lambda: d.update(5), lambda: d.update([1]), lambda: dict([(1, 2, 3)]), lambda: d | [1], lambda: {[1]: 2}, lambda: d.get(), lambda: dict(1)]:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
del d['a']
try:
    del d['a']
except KeyError as e:
    print(type(e).__name__, e)
print(d, {1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 1}, dict(d, extra=1))
