# Large queues: popleft/appendleft stay O(1), so 200k operations finish quickly; rotate on big deques.
from collections import deque

q = deque(range(200_000))
total = 0
while q:
    total += q.popleft()
    if len(q) % 50_000 == 0:
        print('left', len(q))
print(total)
d = deque()
for i in range(100_000):
    d.appendleft(i)
print(d[0], d[-1], d[50_000], len(d))
d.rotate(12_345)
print(d[0], d[-1])
d.rotate(-12_345)
print(d[0], d[-1])
while len(d) > 3:
    d.pop()
    d.popleft()
print(d)
ring = deque(maxlen=1000)
for i in range(100_000):
    ring.append(i)
print(ring[0], ring[-1], sum(ring))
