import re
from collections import Counter

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
for word, n in counts.most_common(6):
    print(f"{word:>12} {n}")
print(len(words), len(counts))
print(sorted(w for w in counts if re.fullmatch(r'[aeiou]\w*', w)))
