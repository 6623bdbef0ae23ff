a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-2], a[-3:-1], a[5:2:-1])
a[::2] = [0] * 5
print(a)
del a[1:3]
print(a)
s = "abcdef"
print(s[1:-1], s[10:], s[-100:2])
t = tuple(range(5))
print(t[1::2])
print(a[slice(1, 4)], slice(1, 2, 3))
