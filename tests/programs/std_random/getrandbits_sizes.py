import random
random.seed(7)
for k in [0, 1, 5, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 128, 200, 1000]:
    v = random.getrandbits(k)
    print(k, v, v.bit_length() <= k)
for bad in [-1, 1.5, "3"]:
    try:
        random.getrandbits(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(random.randbytes(0), random.randbytes(1), random.randbytes(10))
