import math
vals = [0, 1, -1, 2.5, -2.5, 1e10, 10 ** 20]
for v in vals:
    print(v, math.floor(v), math.ceil(v), abs(v), float(v), int(v))
print(sum(math.sqrt(i) for i in range(100)))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
