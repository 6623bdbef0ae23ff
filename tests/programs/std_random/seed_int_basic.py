import random
# seeding with ints reproduces CPython's Mersenne Twister stream exactly
for seed in [0, 1, 42, 12345, 2**32, 2**32 + 1, 2**64 - 1, 10**30]:
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(32))
random.seed(-42)
a = random.random()
random.seed(42)
print("negative seed same as positive:", a == random.random())
random.seed(True)
b = random.random()
random.seed(1)
print("bool seed:", b == random.random())
