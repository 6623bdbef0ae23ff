# Word frequency report: normalise text, count, rank with ties broken alphabetically.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip('.,;:!?').lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(f'{len(words)} words, {len(counts)} distinct')
for rank, (w, n) in enumerate(ranked[:10], 1):
    bar = '#' * n
    print(f'{rank:>2}. {w:<12}{n:>3} {bar} {n / len(words):6.2%}')
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, ', '.join(sorted(lengths[n])))
print(max(counts, key=lambda w: (len(w), w)), sum(len(w) for w in words) / len(words))
