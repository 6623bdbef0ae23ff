# deque as a ring buffer: both ends, rotation, indexing across the wrap point.
from collections import deque

d = deque()
for i in range(20):
    if i % 3 == 0:
        d.appendleft(i)
    else:
        d.append(i)
print(d, len(d))
print(d[0], d[-1], d[7], d[-8])
while len(d) > 5:
    print(d.popleft(), d.pop(), end=' | ')
print()
print(d)
d.rotate(2)
print('rotate 2', d)
d.rotate(-3)
print('rotate -3', d)
d.rotate(12)
print('rotate 12', d)
d.rotate(-13)
print('rotate -13', d)
d.rotate()
print('rotate', d)
try:
    d.rotate(10 ** 20)
except OverflowError as e:
    print('rotate huge:', e)
for i in range(len(d)):
    d[i] = d[i] * 10
print(d)
del d[1]
del d[-1]
print(d)
d.insert(1, 'a')
d.insert(-1, 'b')
d.insert(100, 'z')
d.insert(-100, 'w')
d.insert(0, 'first')
print(d)
d.reverse()
print(d)
print(d.index('a'), d.index('b', 2), d.index('z', -100, 100))
d.remove('a')
print(d, d.count('z'), d.count('nope'))
big = deque(range(1000))
for _ in range(500):
    big.append(big.popleft())
print(big[0], big[-1], sum(big), 250 in big, 2000 in big)
big.clear()
print(big, bool(big), len(big))
