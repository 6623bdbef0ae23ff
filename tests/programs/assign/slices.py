a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[:-3], a[5:2], a[5:2:-1], a[-1:-4:-1])
print(a[100:], a[-100:2], a[1:9:2], a[9:1:-3], a[::-2])
s = 'abcdefgh'
print(s[1:7:2], s[::-1], s[-2:], s[3:3], s[:0])
t = tuple(a)
print(t[2:4], t[::4])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[:0] = [-1, -2]
print(b)
b[len(b):] = [99]
print(b)
b[::2] = ['e'] * len(b[::2])
print(b)
c = [1, 2, 3, 4]
c[1:3] = []
print(c)
c[:] = 'xyz'
print(c)
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
print(slice(1, 5, 2), a[slice(2, 8, 3)], slice(None).indices(5) if hasattr(slice, 'indices') else '')
x = [0, 1, 2, 3, 4, 5]
del x[1::2]
print(x)
