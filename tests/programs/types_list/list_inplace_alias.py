# In-place operations and aliasing: += vs +, *= on shared lists, slice copies, list() copies.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [[0]] * 3
c[0] += [1]
print(c)
d = [1, 2, 3]
e = d[:]
f = list(d)
d[0] = 'x'
print(d, e, f)
t = ([1],)
try:
    t[0] += [2]
except TypeError as err:
    print(type(err).__name__, err)
print(t)
m = [1, 2, 3]
m[1:2] = m
print(m)
n = [1, 2, 3]
n *= 0
print(n)
