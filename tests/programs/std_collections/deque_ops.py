from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.reverse(); print(d, list(reversed(d)))
print(d.count(7), d.index(7), 8 in d, 99 in d)
d.remove(7); print(d)
d[0] = 'first'; del d[1]; print(d)
d.insert(1, 'ins'); print(d)
d2 = d.copy(); d2.clear(); print(d, d2, bool(d2), bool(d))
print(deque('abc') + deque('de'), deque([1, 2]) * 2, deque([1]) == deque([1]), deque([1, 2]) < deque([1, 3]))
e = deque(range(10))
e.rotate(3)
print(e, list(e)[:3])
print(deque(), repr(deque([None])))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque([1]).index(3)]:
    try:
        bad()
    except (IndexError, ValueError) as ex:
        print(type(ex).__name__, ex)
try:
    hash(deque())
except TypeError as ex:
    print(type(ex).__name__)
try:
    deque([1])['a']
except TypeError as ex:
    print(type(ex).__name__, ex)
