# `in` on the builtin containers (dict, set, frozenset, list, tuple) and on subclasses that
# override __contains__: hashing errors, a set looked up as a frozenset, identity before ==
# (NaN), and an __eq__ that matches everything.
class D(dict):
    def __contains__(self, k):
        return k == 'magic'
class S(set):
    pass
class E:
    def __eq__(self, o):
        return True
    __hash__ = None
tests = [
    lambda: 1 in {1: 2}, lambda: 1.0 in {1: 2}, lambda: True in {1: 2}, lambda: 'a' in {'a': 1},
    lambda: [1] in {1: 2}, lambda: {1} in {frozenset({1}): 1}, lambda: {1} in {frozenset({1})},
    lambda: S({1}) in {frozenset({1})}, lambda: [1] in {1}, lambda: 'magic' in D(), lambda: 'x' in D(x=1),
    lambda: E() in [1, 2], lambda: E() in (), lambda: float('nan') in [float('nan')],
    lambda: (1, 2) in {(1, 2)}, lambda: (1, [2]) in {(1, 2)}, lambda: 2 in frozenset([2]), lambda: None in [None],
    lambda: 3 in S({3}), lambda: 1 not in {}, lambda: [] in [[]], lambda: 2 in (1, 2.0),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
n = float('nan')
print(n in [n], n in (n,), n in {n}, n in {n: 1})
