# Two long strings used in turn (len, indexing, slicing), BMP-only and with characters beyond it:
# the VM keeps per-string facts for the last two long strings, so each step stays O(1).
a = "\u4e00" * 100000
b = "\u4e8c" * 100000
t = 0
for i in range(100000):
    t += len(a) + len(b) + (a[i] == b[i])
print(t)
c = "\U0001F600x" * 50000
d = "y\U0001F601" * 50000
t = 0
for i in range(0, 100000, 3):
    t += (c[i] < d[i]) + len(c) + len(d)
print(t, c[5:9], d[-3:], len(c[1:]), c.index("x", 7))
