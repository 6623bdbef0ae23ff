# Set comprehensions, membership speed-ups, removing during copy iteration.
evens = {x for x in range(20) if x % 2 == 0}
print(sorted(evens), len(evens), 4 in evens, 5 in evens, sorted({x % 5 for x in evens}))
s = set(range(10))
for x in list(s):
    if x % 3 == 0:
        s.discard(x)
print(sorted(s), sorted(s - evens), sorted({(a, b) for a in range(3) for b in range(a)}))
seen = set()
dups = [x for x in [1, 2, 3, 2, 1, 4, 5, 4] if x in seen or seen.add(x)]
print(dups, sorted(seen))
