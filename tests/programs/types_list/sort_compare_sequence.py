# Timsort as CPython runs it: the count and order of __lt__ calls (hashed) for runs, reversals, galloping merges.
import random
log = []
class K:
    __slots__ = ('v', 'i')
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        log.append((self.i, o.i))
        return self.v < o.v
rng = random.Random(12345)
def data(kind, n):
    if kind == 'rand': return [rng.randrange(100) for _ in range(n)]
    if kind == 'sorted': return list(range(n))
    if kind == 'rev': return list(range(n, 0, -1))
    if kind == 'runs':
        out = []
        while len(out) < n:
            m = rng.randrange(1, 80); base = rng.randrange(1000)
            seg = sorted(rng.randrange(1000) for _ in range(m))
            out.extend(seg if rng.random() < 0.7 else seg[::-1])
        return out[:n]
    if kind == 'few': return [rng.randrange(3) for _ in range(n)]
    if kind == 'saw': return [i % 37 for i in range(n)]
for kind in ['rand', 'sorted', 'rev', 'runs', 'few', 'saw']:
    for n in [0, 1, 2, 3, 5, 10, 31, 63, 64, 65, 100, 257, 1000]:
        vals = data(kind, n)
        items = [K(v, i) for i, v in enumerate(vals)]
        log.clear()
        items.sort()
        h = 0
        for a, b in log:
            h = (h * 1000003 + a * 7919 + b) % (1 << 61)
        ok = [k.v for k in items] == sorted(vals)
        stable = all(items[j].i < items[j+1].i for j in range(len(items)-1) if items[j].v == items[j+1].v)
        print(kind, n, len(log), h, ok, stable)
        if n == 1000:
            log.clear(); items2 = sorted(items, key=lambda k: K(-k.v, k.i), reverse=True); print(' rev-key', len(log))
