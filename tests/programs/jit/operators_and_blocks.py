class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __lt__(self, o):
        return self.x < o.x
    def __eq__(self, o):
        return NotImplemented

def work(n, *, scale=1):
    acc = V(0)
    seen = {}
    out = []
    for i in range(n):
        if i == 7:
            break
        acc = acc + V(i * scale)
        acc += V(1)
        seen[i % 3] = seen.get(i % 3, 0) + 1
        out.append(f"{i:02d}|{acc.x!r}")
    small = [k for k in seen if k < 2]
    pairs = {k: v for k, v in seen.items()}
    total = sum(x for x in range(n))
    def inner(y):
        return y + total
    return acc.x, acc < V(100), V(1) == V(1), small, pairs, inner(1), out[-1], out[1:3], ~n, +n

def fail(n):
    if n > 150:
        raise ValueError("too big: %d" % n)
    return n

for j in range(1, 200):
    r = work(j, scale=2)
print(r)
try:
    for j in range(200):
        fail(j)
except ValueError as e:
    print("caught", e)
