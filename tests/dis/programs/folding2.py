'a' * 3
a = not (x is y)
b = not (x in y)
c = not (x is not y)
d = not (x not in y)
e = not (x == y)
f = not (x < y < z)
g = __debug__
h = not __debug__
i = 'abc'[1]
j = 'abc'[::-1]
k = (1, 2, 3)[1:]
l = 1 << -1
m = 2 ** 64
n = 2 ** 63
o = (1,) * 300
p = (1,) * 256
q = 'ab' * 2049
r = 'ab' * 2048
s = -(2 ** 62)
t = ~True
u = 1 + True
v = 'a' + 'b'
w = b'a' + b'b'
y = (1, 2) < (1, 3)
z = 1 if True else 2
aa = 2 ** -1
bb = 0 ** -1
cc = 10 % 0
dd = 7.5 // 2
ee = -7 // 2
ff = -7 % 3
gg = 3 @ 4
hh = [x for x in [1, 2, 3]]
ii = {x for x in {1, 2, 3}}
jj = a < b in [1, 2]
kk = a in [1, b]
ll = (a, (1, 2))
mm = ((1, 2), (3, 4))
nn = -0.0
oo = -0
pp = +'a'
qq = 1e308 * 10
rr = (1, [2])
ss = {'k': (1, 2)}
tt = 'é' * 5
uu = 2 ** 0.5
vv = 1 // 0.0
ww = (1, 2) * 128
xx = ((1, 2),) * 300
yy = 10 ** 38
zz = 2 ** 2 ** 3
for q in [1, 2, 3]: pass
for q in {1, 2, 3}: pass
for q in [a, b]: pass
async def af():
    async for q in [1, 2]: pass
def df():
    'a' * 2
class dc:
    2 * 'x'
