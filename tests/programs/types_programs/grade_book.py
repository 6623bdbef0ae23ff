# Grade book: averages, letter grades with boundaries, ranking with ties, histogram.
scores = {'ann': [92, 88, 95], 'ben': [75, 64, 80], 'cal': [88, 92, 89.5], 'dee': [59, 61, 70], 'eli': [100, 97, 99], 'fay': [88, 92, 89.5]}
def letter(avg):
    for cut, g in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
        if avg >= cut:
            return g
    return 'F'
avgs = {n: sum(s) / len(s) for n, s in scores.items()}
ordered = sorted(avgs.items(), key=lambda kv: (-kv[1], kv[0]))
rank = 0
prev = None
for i, (n, a) in enumerate(ordered, 1):
    if a != prev:
        rank = i
    prev = a
    print(f'{rank:>2} {n:<4} {a:7.3f} {letter(a)} {min(scores[n]):>5} {max(scores[n]):>5}')
hist = {}
for a in avgs.values():
    hist[letter(a)] = hist.get(letter(a), 0) + 1
for g in 'ABCDF':
    print(g, '*' * hist.get(g, 0), hist.get(g, 0))
allscores = sorted(s for v in scores.values() for s in v)
n = len(allscores)
median = (allscores[n // 2 - 1] + allscores[n // 2]) / 2 if n % 2 == 0 else allscores[n // 2]
print(n, median, round(sum(allscores) / n, 3), allscores[:3], allscores[-3:])
