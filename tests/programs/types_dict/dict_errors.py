# dict error messages: constructor misuse, update with bad sequences, unhashable keys, popitem.
cases = [
    lambda: dict([1, 2]),
    lambda: dict([(1,)]),
    lambda: dict(['ab', 'cde']),
    lambda: dict({}, {}),
    lambda: {}.fromkeys(),
    lambda: {}.setdefault(),
    lambda: {}.pop(),
    lambda: {}.get(1, 2, 3),
    lambda: {'a': 1}['b'],
    lambda: {(1, 2): 0}[(1, [2])],
    lambda: {}.update({}, {}),
    lambda: {1: 2} + {3: 4},
    lambda: dict.fromkeys(5),
    lambda: {1: 2} < {1: 2},
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(dict(['ab', 'cd']), dict([[1, 2]]), dict(((1, 2), (3, 4))), {}.fromkeys([1]).get(1))
