from functools import partial

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(3), square(7, mod=10))
print(square.func is power, square.args, square.keywords)

two_to = partial(power, 2)
print([two_to(i) for i in range(8)])
print(two_to.args, two_to.keywords)

nested = partial(partial(power, 3), mod=7)
print(nested(4), nested.func is power, nested.args, nested.keywords)

# keyword override at call time
print(square(3, exp=4))

int2 = partial(int, base=2)
print(int2('1011'), int2('111'), repr(int2))

join_dash = partial('-'.join)
print(join_dash(['a', 'b', 'c']))

print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(len)))

class Cls:
    pass
p = partial(Cls)
print(type(p()).__name__)

try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)

try:
    partial()
except TypeError as e:
    print(type(e).__name__)

try:
    square()
except TypeError as e:
    print(type(e).__name__, e)

p.attr = 'stored'
print(p.attr)
pts = sorted([(3, 'c'), (1, 'a'), (2, 'b')], key=partial(lambda i, t: t[i], 1))
print(pts)
