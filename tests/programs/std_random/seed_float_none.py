import random
# float seeds go through hash(); None reseeds from the OS (only checked for type)
for f in [0.0, 1.5, -1.5, 3.14159, 1e300, -2.5e-10, float(2**60)]:
    random.seed(f)
    print(f, random.random())
random.seed(None)
x = random.random()
print(type(x).__name__, 0.0 <= x < 1.0)
random.seed()
print(0 <= random.randrange(10) < 10)
for bad in [[1, 2], (1,), {1: 2}, object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
