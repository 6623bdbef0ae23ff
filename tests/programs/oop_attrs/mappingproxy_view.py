class A:
    x = 1
    y = 2


mp = A.__dict__
print(type(mp).__name__, mp['x'], mp.get('y'), mp.get('zz', 'dflt'), 'x' in mp, len(mp) > 3)
print(sorted(k for k in mp if not k.startswith('_')), sorted(k for k in mp.keys() if len(k) == 1))
print(sorted(v for k, v in mp.items() if len(k) == 1), sorted(v for v in mp.values() if isinstance(v, int)))
A.z = 3
print('z' in mp, mp['z'])
try:
    mp['w'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del mp['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    mp['missing']
except KeyError as e:
    print(type(e).__name__, e)
c = mp.copy()
print(type(c).__name__, c['x'])
print(repr(int.__dict__)[:13], type(int.__dict__).__name__)
try:
    hash(mp)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(A.__dict__)['y'], 'x' in list(A.__dict__))
