# Dicts under insertion and deletion churn: len() after the entry table is compacted, number
# keys of every kind sharing slots by value (1, 1.0, True; 0.0 and -0.0), big ints, floats
# past 2**53, infinities, and the insertion order kept through it all.
import random

d = {i: i for i in range(32)}
for i in range(20):
    del d[i]
d[100] = 1
print(len(d), len(list(d)), list(d)[:3], list(d)[-2:])

random.seed(4)
d = {}
seen = []
for step in range(20000):
    r = random.random()
    k = random.choice([random.randint(-50, 50), random.randint(-50, 50) * 1.0, random.random() * 10 - 5,
                       True, False, 2**60 + random.randint(0, 3), 2**53 + 1.0, float("inf"), -0.0,
                       "s%d" % random.randint(0, 30), (1, random.randint(0, 3))])
    if r < 0.5:
        d[k] = step
    elif r < 0.8:
        d.pop(k, None)
    else:
        seen.append(d.get(k, -1))
print(len(d), len(list(d)), sum(seen), sum(1 for _ in d.items()))
print(sorted(map(repr, d.items()))[:5])
print([k for k in d if not isinstance(k, float)][:12])

big = {}
for i in range(50000):
    big[i * 7] = i
hits = 0
for i in range(0, 7 * 50000, 3):
    if i in big:
        hits += big[i]
for i in range(0, 50000, 2):
    del big[i * 7]
print(len(big), hits, big.get(7), big.get(14), 7 in big, 7.0 in big, big.get(7.0))
big[7.0] = "float key"
big[True] = "true"
print(big[7], big[1], len(big), list(big.items())[:3], list(big)[-2:])
for k in list(big):
    if k % 3:
        del big[k]
print(len(big), list(big)[:5], sum(big) if all(isinstance(k, int) for k in big) else None)
z = {0.0: "zero"}
z[-0.0] = "neg"
z[0] = "int"
z[float("inf")] = 1
z[float("-inf")] = 2
print(z, len(z), z.get(False), -0.0 in z)
