text = 'the quick brown fox jumps over the lazy dog'
words = text.split()
print([w.capitalize() for w in words])
print({w: len(w) for w in words})
print(sorted({c for c in text if c.isalpha()}))
counts = {}
for c in text:
    if c != ' ':
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(''.join(reversed([c for c in 'stressed'])))
