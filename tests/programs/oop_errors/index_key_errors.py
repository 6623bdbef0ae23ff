cases = [
    lambda: [1, 2][5],
    lambda: [][0],
    lambda: (1,)[3],
    lambda: 'ab'[9],
    lambda: {'a': 1}['b'],
    lambda: {}[0],
    lambda: {}[(1, 'x')],
    lambda: [1].pop(4),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: [1, 2].index(9),
    lambda: 'abc'.index('z'),
    lambda: (1, 2).index(3),
    lambda: [1].remove(2),
    lambda: {1}.remove(2),
    lambda: range(3)[10],
    lambda: b'ab'[5],
    lambda: [1, 2][1:2:0],
    lambda: {'k': 1}.pop('z'),
]
for c in cases:
    try:
        c()
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e, repr(e))
lst = [1, 2, 3]
try:
    lst[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    t['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = 'abc'
    s[None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t = (1,)
    t[0] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = 'abc'
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
