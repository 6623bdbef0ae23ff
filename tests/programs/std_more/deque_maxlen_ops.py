# Bounded deques: trimming on each end, extend/extendleft, repetition, concatenation.
from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft('x')
print(d, d.maxlen)
d.extendleft('ab')
print(d)
d.extend(d)
print(d)
d.extendleft(d)
print(d)
print(deque('abc', maxlen=None).maxlen)
z = deque(maxlen=0)
z.append(1)
z.extend(range(10))
z.appendleft(2)
print(z, len(z))
print(deque([1, 2], 3) * 3)
print(deque([1], 2) * 3)
print(deque([1, 2]) * 0, deque([1, 2]) * -1, 2 * deque('ab'))
print(deque([1, 2, 3]) + deque([9], maxlen=1))
print(deque([9], maxlen=1) + deque([1, 2, 3]))
m = deque([1, 2], maxlen=5)
m *= 4
print(m)
m += 'xy'
print(m)
last = deque(maxlen=2)
for line in ['alpha', 'beta', 'gamma', 'delta']:
    last.append(line)
print(list(last))
print(deque(range(10), 4) == deque([6, 7, 8, 9]))
