# Counting and grouping with dicts: get, setdefault, comprehensions, sorting by value.
text = 'the cat and the hat and the bat sat on the mat with a cat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print({k: sorted(set(v)) for k, v in sorted(groups.items())})
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
letters = {c: text.count(c) for c in sorted(set(text)) if c.isalpha()}
print(letters, max(letters, key=letters.get), min(letters.values()))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), sorted(k for k, v in matrix.items() if v == 0))
