# float ** float, math.pow, math.exp and math.log follow the platform libm bit for bit
# (glibc's pow is not correctly rounded: the first result ends in ...135e-73, not ...132e-73).
import math

print(float(2238831882935435766529337662826550814) ** -2)
print(10.0 ** 23, 10.0 ** -20, 10.0 ** 22, 10.0 ** -5)
print(2.0 ** 0.5, 3.0 ** 0.5, 2.0 ** -1.5, 0.1 ** 3, 1.1 ** 70, 0.9 ** -70)
print(7.0 ** (1 / 3), 1e300 ** 0.99, 5e-324 ** 0.5, 2.5 ** -1074)
print(1.0000000001 ** 1e10, 0.9999999999 ** 1e12, (1 + 2 ** -52) ** (2 ** 60))
print((-2.5) ** 3, (-2.5) ** -3, (-0.5) ** 70, (-1.5) ** 71)
print(math.pow(2.0, 0.5), math.pow(-3.0, 5), math.pow(-3.0, -5), math.pow(10.0, -300))
print(math.exp(1.0), math.exp(-1.0), math.exp(0.5), math.exp(709.0), math.exp(-708.5), math.exp(-745.0))
print(math.exp(1e-10), math.exp(-1e-300), math.exp(100.25), math.exp(-0.1))
print(math.log(2.0), math.log(10.0), math.log(0.5), math.log(1.0000001), math.log(0.97), math.log(5e-324))
print(math.log(1e300), math.log(2 ** 1000), math.log(10 ** 400), math.log(8.0, 2.0), math.log(1000.0, 10))
for bad in [(0.0, -1.0), (1e308, 2.0), (-8.0, 1.0 / 3)]:
    try:
        print(bad[0] ** bad[1])
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print(math.pow(*bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# Deterministic pseudo-random inputs of many shapes; a digest of the hex results keeps the output short.
state = 12345


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / float(1 << 53)


def digest(values):
    h = 0
    for v in values:
        for ch in v.hex():
            h = (h * 131 + ord(ch)) % 2305843009213693951
    return h


def shape(k):
    if k == 0:
        return rand() * 10.0, rand() * 20.0 - 10.0
    if k == 1:
        return 2.0 ** (rand() * 200 - 100), rand() * 6.0 - 3.0
    if k == 2:
        return 1.0 + (rand() - 0.5) * 1e-6, (rand() - 0.5) * 1e8
    if k == 3:
        return rand() * 1000.0, float(int(rand() * 141) - 70)
    if k == 4:
        return rand() * 100.0, int(rand() * 141) - 70 + 0.5
    if k == 5:
        return rand() * 1e-300, rand() * 1.2
    return 1.0 + rand(), (rand() - 0.5) * 2000.0


for k in range(7):
    results = []
    for i in range(400):
        x, y = shape(k)
        try:
            results.append(x ** y)
        except OverflowError:
            results.append(-1.0)
    print('pow shape', k, repr(results[0]), repr(results[1]), digest(results))

exps = [math.exp(rand() * 1400.0 - 740.0) for i in range(600)]
print('exp', repr(exps[0]), digest(exps))
smallexps = [math.exp((rand() - 0.5) * 2.0 ** -(i % 60)) for i in range(600)]
print('exp small', digest(smallexps))
logs = [math.log(2.0 ** (rand() * 2000 - 1000)) for i in range(600)]
print('log', repr(logs[0]), digest(logs))
near1 = [math.log(1.0 + (rand() - 0.5) * 0.13) for i in range(600)]
print('log near 1', repr(near1[0]), digest(near1))
sub = [math.log(rand() * 2.2e-308) for i in range(200)]
print('log subnormal', digest(sub))
mpow = [math.pow(-(rand() * 50.0), float(int(rand() * 41) - 20)) for i in range(300)]
print('math.pow negative bases', repr(mpow[0]), digest(mpow))
