x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 5; print(x)
x /= 4; print(x)
s = 'ab'
s += 'cd'; s *= 2; print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
def b(): pass
b.v = 1
b.v += 10
b.v *= 3
print(b.v)
d = {'k': 1, 'j': [0]}
d['k'] += 1
d['j'] += [1]
d['k'] **= 3
print(d)
arr = [1, 2, 3]
i = 0
arr[i + 1] *= 10
arr[-1] -= 100
print(arr)
