# Build an index of anagrams and a letter histogram from a word list.
words = '''stop pots tops opts spot post least slate stale steal tales teals
listen silent enlist tinsel inlets apple paple banana evil vile live veil'''.split()
index = {}
for w in words:
    index.setdefault(''.join(sorted(w)), []).append(w)
for key in sorted(index, key=lambda k: (-len(index[k]), k)):
    print(f'{key:<8} {len(index[key])} {" ".join(sorted(index[key]))}')
hist = {}
for w in words:
    for ch in w:
        hist[ch] = hist.get(ch, 0) + 1
top = sorted(hist.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:6])
scale = max(hist.values())
for ch, n in sorted(hist.items()):
    print(ch, '=' * round(20 * n / scale), n)
