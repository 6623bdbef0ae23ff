# deque through the generic protocols: unpacking, builtins, comprehensions, json, format, copy, itertools.
from collections import deque
import json, copy
d = deque([3, 1, 2])
a, b, c = d
print(a, b, c, list(d), tuple(d), sorted(d), list(reversed(d)), 2 in d, bool(d), len(d), sum(d), max(d), min(d))
print(*d, sep='|')
print([x * 2 for x in d], {x for x in d}, dict.fromkeys(d), set(d) == {1, 2, 3}, any(d), all(d))
print(deque(x for x in range(3)), deque(range(3)) == deque([0, 1, 2]), deque('ab') != deque('ba'))
try:
    json.dumps(d)
except TypeError as e:
    print(e)
print(json.dumps(list(d)), str(d), f'{d}', format(d, ''), '%s' % (d,))
try:
    format(d, 'x')
except TypeError as e:
    print(e)
print(isinstance(d, __import__('collections.abc').abc.MutableSequence), deque.__doc__[:20] if deque.__doc__ else None)
e = deque([1])
e += e
print(e, e.__class__, type(e).__mro__)
print(id(d) == id(d), d is not copy.copy(d), copy.deepcopy(d) == d)
import itertools
print(list(itertools.islice(deque(range(10)), 2, 5)), list(zip(deque('ab'), deque('xy'))), list(enumerate(deque('q'))))
print(deque(maxlen=3) == deque(), hash(tuple(d)) == hash((3, 1, 2)))
try:
    d.maxlen = 5
except AttributeError as e:
    print(e)
try:
    deque.append(5, 1)
except TypeError as e:
    print(e)
print(deque.append, type(deque.__dict__['maxlen']).__name__)
