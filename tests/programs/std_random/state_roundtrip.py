import random
random.seed(77)
s = random.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[1][-1], s[2])
a = [random.random() for _ in range(5)]
random.setstate(s)
b = [random.random() for _ in range(5)]
print(a == b, a)
random.gauss(0, 1)
s2 = random.getstate()
print(s2[2] is not None)
g1 = random.gauss(0, 1)
random.setstate(s2)
print(g1 == random.gauss(0, 1))
for bad in [(2, (1, 2, 3), None), (1, (), None), (3, tuple(range(624)) + (625,), None), (3, [0] * 625, None)]:
    try:
        random.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
