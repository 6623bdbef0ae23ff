# hash() of tuples (nested, big ints, floats, bools) must be CPython's tuplehash exactly, and
# tuples must work as set members and dict keys.
import random
random.seed(5)
vals = [0, 1, -1, -2, 2**31, 2**32, -2**32, 2**53, 2**61 - 1, 2**61, 2**64 + 7, -2**70, 10**30, 0.5, -1.5, 1e300, float('inf'), float('-inf'), 3.0, True, False, (), (1,), ((1, 2), (3,)), 1.0000001]
def rnd(depth=0):
    k = random.random()
    if k < 0.3: return random.randint(-2**70, 2**70)
    if k < 0.45: return random.uniform(-1e10, 1e10)
    if k < 0.55: return random.randint(-5, 5)
    if k < 0.7 and depth < 3: return tuple(rnd(depth + 1) for _ in range(random.randint(0, 4)))
    return random.choice(vals)
acc = 0
for i in range(20000):
    t = tuple(rnd() for _ in range(random.randint(0, 5)))
    acc = (acc * 1000003 + hash(t)) % (2**64)
print(acc)
for v in vals:
    print(hash((v,)), hash((v, v)), hash(((v,),)))
s = set()
for i in range(1000):
    s.add((i, -i, (i % 7,)))
print(len(s), (5, -5, (5,)) in s, (5, -5, (6,)) in s)
d = {(i, str(i)): i for i in range(100)}
print(d[(42, '42')], len(d), sum(d[k] for k in d))
