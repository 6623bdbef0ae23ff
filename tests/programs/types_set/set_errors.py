# set error messages and operator/method asymmetries (operators need sets, methods take iterables).
s = {1, 2}
for f in [lambda: s | [3], lambda: s & (1,), lambda: s - 'ab', lambda: s ^ range(3), lambda: s <= [1], lambda: s.union(5),
          lambda: s.remove([1]), lambda: {1} < 1, lambda: set.add(frozenset(), 1), lambda: frozenset().pop()]:
    try:
        print(f())
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print(sorted(s.union([3])), sorted(s.intersection((1,))), sorted(s.difference('ab')), sorted(s.symmetric_difference(range(3))), s.issubset([1, 2, 3]))
