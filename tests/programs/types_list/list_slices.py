# Slicing, slice assignment (including extended), deletion and negative indices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[1::3], a[::-1], a[-3:], a[-3:-1], a[5:2], a[5:2:-1], a[100:], a[-100:2], a[::-3])
b = a[:]
b[2:5] = ['a', 'b']
print(b)
b[1:1] = [100, 200]
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[-2:] = []
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
b[:] = 'xyz'
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[20] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['1']
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[-1] = 50
c[0:0] = c
print(c, c[slice(1, None, 2)], c[slice(None)], slice(1, 5, 2).indices(3), slice(-1, None).indices(10))
