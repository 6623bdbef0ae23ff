# Sorting by the orders CPython's sort uses: str by code point (not by UTF-16 unit: an astral
# character sorts after U+FFFF), tuples item by item with ints and strs compared directly,
# the rest through == and <, and the errors when two items do not compare.
import random

words = ["\U0001F600", "\uffff", "\ue000", "a", "", "\U00010000b", "\ud7ff", "z\U0001F600", "z\uffff"]
print([hex(ord(w[0])) if w else "" for w in sorted(words)])
print(sorted(words) == sorted(words, key=lambda s: [ord(c) for c in s]))
print(sorted(words, reverse=True)[:3] == sorted(words)[::-1][:3])
print(max(words) == "z\U0001F600", min(words) == "", "\U0001F600" > "\uffff")
pairs = [(w, i) for i, w in enumerate(words)]
print([i for _, i in sorted(pairs)])

random.seed(11)
rows = [(random.randint(0, 3), random.choice("abc"), random.randint(0, 9)) for _ in range(200)]
s1 = sorted(rows)
s2 = sorted(rows, key=lambda r: (-r[0], r[1]))
print(s1[:4], s1[-2:])
print(s2[:4], s2[-2:])
print(all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)))
counts = {}
for r in rows:
    counts[r[1]] = counts.get(r[1], 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([(1.5, 2), (1, 3), (True, 0), (0.5, "x")]))
print(sorted([(1, [2]), (1, [1, 5]), (0, [])]))
print(sorted([(2,), (1, 2, 3), (1, 2), ()]))
nan = float("nan")
print(sorted([(nan, 1), (1.0, 2)])[1], sorted([(1, None), (0, None)]))
for bad in ([(1, "a"), (1, 2)], [(1, None), (1, None), (1, 2)], [("a",), (1,)]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
