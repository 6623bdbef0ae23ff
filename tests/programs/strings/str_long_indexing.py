# Long strings indexed, measured and sliced in loops, with and without characters outside the
# BMP, alternating between strings (the VM keeps per-string facts about the last long one).
a = "abcdefghij" * 30000
b = ("x\U0001F600y" + "\u4e00" * 7) * 20000
c = "\u00e9" * 1000 + "\U0001D11E" + "z" * 1000

total = 0
for i in range(0, len(b), 997):
    total += ord(b[i]) + ord(a[i % len(a)]) + len(c)
print(total)
print(len(a), len(b), len(c), len(b[1:]), len(c[-1500:]))
print(b[1], b[-9], c[1000], c[999:1002], ascii(b[:4]))
print(b.find("\u4e00", 5), b.index("y", 100), c.find("z"), c.rfind("\U0001D11E"))
print(a.count("j"), b.count("\U0001F600"), c.count("\u00e9"))
s = ""
n = 0
while len(s) < 5000:
    s += "\U0001F600" if n % 100 == 99 else "ab"
    n += 1
print(len(s), n, s[-1] == "\U0001F600", s[197:199], s.count("\U0001F600"))
try:
    b[len(b)]
except IndexError as e:
    print("IndexError:", e)
print(b[len(b) - 1] == "\u4e00", c[len(c) - 1])
