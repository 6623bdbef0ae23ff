from collections import Counter

a = Counter(x=4, y=2, z=0, w=-1)
b = Counter(x=1, y=3, v=2)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
print(b - a)
a2 = a.copy(); a2.update(b); print(a2)
a3 = a.copy(); a3.subtract(b); print(a3)
a4 = a.copy(); a4.update('xxv'); print(a4)
a5 = a.copy(); a5.subtract('xy'); print(a5)
a6 = Counter(a); a6.update(x=10); print(a6)
c = Counter(x=2, y=5)
c += Counter(x=1, y=-10)
print(c)
c -= Counter(x=10)
print(c)
d = Counter(p=3, q=1); d |= Counter(p=1, q=4); print(d)
d &= Counter(p=2); print(d)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=1), Counter(a=1) < Counter(a=1))
del a['nonexistent']
del a['x']
print(a, sorted(a.keys()), sorted(a.values()))
inv = Counter(apples=5, pears=2)
sold = Counter(apples=3, pears=3)
left = inv - sold
print(left, +(inv - sold), dict(left))
print(sum([Counter('ab'), Counter('bc'), Counter('cd')], Counter()))
try:
    a + {'x': 1}
except TypeError as e:
    print(type(e).__name__, e)
