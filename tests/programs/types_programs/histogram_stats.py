# Descriptive statistics of a generated data set with a text histogram.
data = [((i * 7919) % 101) / 3 + (i % 5) for i in range(200)]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
srt = sorted(data)
med = (srt[n // 2 - 1] + srt[n // 2]) / 2
q1, q3 = srt[n // 4], srt[3 * n // 4]
print(f'n={n} mean={mean:.4f} sd={var ** 0.5:.4f} median={med:.4f} q1={q1:.3f} q3={q3:.3f} min={srt[0]:.3f} max={srt[-1]:.3f}')
lo, hi, bins = srt[0], srt[-1], 8
width = (hi - lo) / bins
counts = [0] * bins
for x in data:
    counts[min(int((x - lo) / width), bins - 1)] += 1
for i, c in enumerate(counts):
    left = lo + i * width
    print(f'[{left:6.2f}, {left + width:6.2f}) {c:3d} {"*" * (c // 2)}')
mode_counts = {}
for x in data:
    mode_counts[round(x)] = mode_counts.get(round(x), 0) + 1
print(max(sorted(mode_counts), key=mode_counts.get), sum(counts) == n)
