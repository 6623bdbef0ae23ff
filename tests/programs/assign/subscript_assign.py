d = {}
d['a'] = 1
d[1, 2] = 'tuple key'
d[3.0] = 'float'
d[3] = 'int replaces'
print(d)
l = [0] * 4
l[0] = 'first'
l[-1] = 'last'
print(l)
m = [[0] * 2 for _ in range(2)]
m[1][0] = 5
print(m)
nested = {'x': {'y': [1, 2]}}
nested['x']['y'][1] = 'deep'
print(nested)
try:
    l[10] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print('TypeError:', e)
