# Every set method, operators, and errors (printed sorted so order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b), a <= b, {3} <= b, {3} < b, b >= {5}, a > a, a == {4, 3, 2, 1})
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference([1, 7])), a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({8}))
c = set(a)
c.add(10); c.discard(1); c.discard(99); c.remove(2)
print(sorted(c), len(c), 10 in c, 1 not in c)
c.update([20, 21], {22}); c.intersection_update(range(25)); c.difference_update({20}); c.symmetric_difference_update({21, 30})
print(sorted(c))
c |= {100}; c &= {100, 3, 4, 22}; c -= {4}; c ^= {5}
print(sorted(c), c.pop() in {3, 5, 22, 100}, len(c))
c.clear()
print(c, set(), set('aab') == {'a', 'b'}, set([1, 1, 2]) == {1, 2}, len(set(range(100))))
for f in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} | [2], lambda: {1} < [1], lambda: set(5), lambda: {1}.add([]), lambda: {1} - 'a']:
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(set()), repr({1}), str({'x'}), {1, 2}.copy() == {1, 2}, type({1}.copy()).__name__)
