def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = {5, 3, 1}
s.add(4); s.add(3); s.discard(5); s.discard(99); print(s, len(s), 3 in s, 7 in s)
t = set(range(20, 30)); t.update([1, 2], {100}); print(t)
print(set(), frozenset(), set('a'), frozenset([1, 2, 2]), set([1, 1.0, True]))
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([9], (8,)), a.intersection(b, [4]), a.difference([1], [2]))
print(a <= b, {3} < b, b >= {5}, a.isdisjoint({9}), a.issubset(range(10)), a.issuperset([1, 2]))
c = set(a); c &= b; print(c); c |= {0}; print(c); c -= {3}; print(c); c ^= {0, 7}; print(c)
c.intersection_update([4, 7, 8]); print(c); c.symmetric_difference_update({1}); print(c); c.difference_update({1}); print(c)
print(frozenset({1, 2}) | {3}, {3} | frozenset({1}), frozenset('ab') == {'a', 'b'}, {frozenset({1}): 1})
p = {10, 20, 30}; print(p.pop(), p.pop(), p, p.copy())
err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {[1]})
err(lambda: set([[]]))
print({1, 2} == frozenset({1, 2}), {frozenset({1, 2}), frozenset({2, 1})})
print({x % 5 for x in range(20)}, sorted({-5, 3, -1}))
u = set(range(50)); [u.discard(i) for i in range(0, 50, 3)]; print(u)
print({2**40, 7, 2**35}, {-1, -2, -3, 0})
print({(1, 2), (3, 4), (0, 0)}, {0.5, 1.5, 2.5}, {1.0, 2, 3.5})
