# A comparison or key that raises mid-sort leaves the list as CPython leaves it; list modified during sort.
class Bomb:
    def __init__(self, v, fuse): self.v = v; self.fuse = fuse
    def __lt__(self, o):
        global calls
        calls += 1
        if calls == self.fuse: raise ValueError('boom at %d' % calls)
        return self.v < o.v
    def __repr__(self): return str(self.v)
import random
rng = random.Random(7)
for n, fuse in [(10, 5), (10, 20), (100, 300), (200, 900), (200, 1200)]:
    vals = [rng.randrange(50) for _ in range(n)]
    l = [Bomb(v, fuse) for v in vals]
    calls = 0
    try:
        l.sort()
    except ValueError as e:
        print(e)
    print([b.v for b in l][:40], sorted(b.v for b in l) == sorted(vals))
    calls = 0
    l = [Bomb(v, fuse) for v in vals]
    try:
        l.sort(reverse=True)
    except ValueError as e:
        print(e)
    print([b.v for b in l][:40])
    calls = 0
    l = [Bomb(v, fuse) for v in vals]
    try:
        l.sort(key=lambda b: b)
    except ValueError as e:
        print(e)
    print([b.v for b in l][:40])
a = [3, 1, 2]
def k(x):
    a.append(x); return x
try: a.sort(key=k)
except ValueError as e: print(e, a)
b = [3, 1, 2]
def k2(x):
    b.clear(); return x
try: b.sort(key=k2)
except ValueError as e: print(e, b)
c = [3, 1, 2]
def bad(x):
    if x == 2: raise KeyError(x)
    return x
try: c.sort(key=bad, reverse=True)
except KeyError as e: print('KeyError', e, c)
class M:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        d.append(0); return s.v < o.v
d = [M(2), M(1)]
try: d.sort()
except ValueError as e: print(e, len(d))
try: sorted([1, 'a', 2])
except TypeError as e: print(e)
x = [2, 'b', 1]
try: x.sort()
except TypeError as e: print(e, x)
print(sorted([3, 1.5, 2, True, -1]), sorted(['b', 'a', 'B']), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([5, 3, 9], key=lambda v: -v), sorted('hello', reverse=True))
