a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), a.isdisjoint({7}), {1, 2}.issubset(a), a.issuperset({1}))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.discard(10); s.discard(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
f = frozenset([1, 2, 2])
print(sorted(f), len(f), 1 in f, hash(f) == hash(frozenset([2, 1])))
print(set(), {1} == {1.0}, sorted({-1, 5, 0}))
c = {1, 2}
c |= {3}; c &= {2, 3}; c -= {2}
print(c)
