from collections import Counter, defaultdict, OrderedDict

corpus = """
Beautiful is better than ugly. Explicit is better than implicit.
Simple is better than complex. Complex is better than complicated.
Flat is better than nested. Sparse is better than dense.
Readability counts. Special cases aren't special enough to break the rules.
Although practicality beats purity. Errors should never pass silently.
"""
words = [w.strip(".,'").lower() for w in corpus.split()]
counts = Counter(words)
print(len(words), len(counts))
for w, n in counts.most_common(6):
    print('%-10s %3d %s' % (w, n, '*' * n))
by_len = defaultdict(list)
for w in sorted(counts):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(n, by_len[n])
first_seen = OrderedDict()
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(list(first_seen.items())[:6])
lines = [l for l in corpus.strip().split('\n')]
per_line = [Counter(l.lower().split()) for l in lines]
print([c['is'] for c in per_line], sum(per_line, Counter())['better'])
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
initials = Counter(w[0] for w in words)
print(''.join(k for k, _ in sorted(initials.items(), key=lambda kv: (-kv[1], kv[0]))[:5]))
