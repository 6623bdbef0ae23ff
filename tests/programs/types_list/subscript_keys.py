# Subscripts of lists and tuples by slices, bools and __index__ objects, with their errors; slice
# assignment of every shape, and a list subclass whose __getitem__ must still be called.
class Idx:
    def __index__(self):
        return 1
l = [0, 1, 2, 3, 4]
t = (0, 1, 2, 3, 4)
print(l[True], l[Idx()], l[1:3], l[::-1], l[::2], l[10:], l[-2:], l[slice(None)], t[False], t[Idx()], t[1:3], t[::-2], t[:] is t, t[0:5] is t)
for bad in (1.5, 'a', None, [1]):
    for target in (l, t):
        try:
            target[bad]
        except TypeError as e:
            print(type(target).__name__, 'TypeError', e)
try:
    l[10]
except IndexError as e:
    print(e)
try:
    t[-6]
except IndexError as e:
    print(e)
m = list(range(10))
m[2:5] = 'ab'
m[True] = 'T'
m[Idx()] = 'I'
m[::3] = [7, 7, 7]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
try:
    m[1.0] = 2
except TypeError as e:
    print(e)
try:
    m['x'] = 2
except TypeError as e:
    print(e)
m[1:1] = m
print(m, len(m))
p = [3, 1, 2]
p[:2] = p[1::-1]
print(p)
class LL(list):
    def __getitem__(self, k):
        return ('LL', k)
print(LL([1])[0:1], LL([1])[0])
