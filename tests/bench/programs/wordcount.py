# Counting words in generated text with a dict.
seed = 12345
vocab = ['w%d' % i for i in range(500)]
lines = []
for i in range(6000):
    line = []
    for j in range(12):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        line.append(vocab[seed % 500])
    lines.append(' '.join(line))
counts = {}
for line in lines:
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
