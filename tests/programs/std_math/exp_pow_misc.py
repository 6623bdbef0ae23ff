import math
print(math.exp2(0), math.exp2(10), math.exp2(-1), math.exp2(0.5), math.exp2(10.5), math.exp2(-1074))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.cbrt(0.001))
print([math.sqrt(i) for i in range(10)])
print([round(math.sin(i * math.pi / 6), 12) for i in range(13)])
vals = [math.exp(i / 10) for i in range(-5, 6)]
print(vals)
print([math.log(v) for v in vals])
print(math.pow(1.0001, 10000), math.pow(10, -3), math.pow(2, 0.5) == math.sqrt(2), 2 ** 0.5)
