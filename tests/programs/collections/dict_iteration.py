inventory = {'apples': 3, 'pears': 0, 'kiwis': 12}
for name, count in inventory.items():
    print(f'{name}: {count}')
print(sum(inventory.values()), max(inventory, key=inventory.get), sorted(inventory, key=len))
inventory['plums'] = 7
print(list(inventory.keys())[-1], len(inventory))
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
keys = list(counts)
for k in keys:
    if counts[k] == 1:
        del counts[k]
print(counts)
try:
    for k in counts:
        counts['zz'] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
