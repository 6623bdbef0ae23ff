import copy

orig = {'nums': [1, 2, 3], 'meta': {'tags': ['a'], 'n': 1}, 't': (1, [2])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig['nums'].append(4)
orig['meta']['tags'].append('b')
orig['t'][1].append(3)
orig['new'] = True
print(sh)
print(dp)
print(sh['nums'] is orig['nums'], dp['nums'] is orig['nums'], 'new' in sh)
lst = [[0] * 2] * 2
lst2 = copy.deepcopy(lst)
print(lst2[0] is lst2[1], lst2)
for v in [1, 2.5, 'str', (1, 2), None, True, frozenset([1]), b'xy', range(3), len]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
s = {1, 2}
s2 = copy.copy(s); s2.add(3); print(s, s2)
l = [1, 2]; l2 = copy.copy(l); l2.append(3); print(l, l2)
