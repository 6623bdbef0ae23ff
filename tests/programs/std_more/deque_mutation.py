# Changing a deque while iterating over it, or from inside a comparison, raises.
from collections import deque

d = deque([1, 2, 3])
try:
    for x in d:
        print('saw', x)
        d.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)

it = iter(d)
print(next(it))
d.popleft()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    next(it)
except RuntimeError as e:
    print('still:', e)


class Meddler:
    def __eq__(self, other):
        q.append('extra')
        return False


for method in ['count', '__contains__', 'index', 'remove']:
    q = deque([Meddler(), 1, 2])
    try:
        print(method, getattr(q, method)(5))
    except (RuntimeError, IndexError, ValueError) as e:
        print(method, type(e).__name__, e)


class Yes:
    def __eq__(self, other):
        q.append('extra')
        return True


q = deque([Yes(), 1])
print(q.index(5), 5 in q)
q = deque([1, 2])
for x in q:
    q[0] = 'changed'
print(q)
it = iter(d)
d.rotate(1)
try:
    next(it)
except RuntimeError as e:
    print('after rotate:', e)
d.pop()
for x in d:
    print('ok', x)
for x in reversed(d):
    d.rotate(0)
    print('rev', x)
