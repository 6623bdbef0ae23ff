# random.SystemRandom (crypto bits, no state) and Random subclasses overriding random/getrandbits.
import random
r = random.SystemRandom()
print(type(r).__name__, isinstance(r, random.Random), random.SystemRandom.__mro__[:2])
vals = [r.random() for _ in range(200)]
print(all(0 <= v < 1 for v in vals), len(set(vals)) > 190)
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(100)), r.randrange(10, 20, 5) in (10, 15))
print(r.choice('abc') in 'abc', sorted(r.sample(range(10), 10)) == list(range(10)))
xs = list(range(20)); r.shuffle(xs); print(sorted(xs) == list(range(20)))
print(0 <= r.getrandbits(5) < 32, r.getrandbits(0), len(r.randbytes(9)), type(r.randbytes(2)).__name__)
print(r.seed(42), 0 <= r.uniform(2, 3) <= 3, isinstance(r.gauss(0, 1), float))
print(len({r.getrandbits(64) for _ in range(50)}) == 50, r.getrandbits(200) < 2 ** 200)
for f, args in [(r.getstate, ()), (r.setstate, (None,)), (r.getrandbits, (-1,)), (r.randbytes, (-1,)), (r.getrandbits, ('x',))]:
    try:
        f(*args)
    except (NotImplementedError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d1, d2 = Dice(7), Dice(7)
print([d1.roll() for _ in range(10)] == [d2.roll() for _ in range(10)], Dice(7).roll())
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed()
print(f.random(), f.choice('abcd'), f.uniform(0, 10), f.randrange(100))
class Bits(random.Random):
    def __init__(self):
        super().__init__(0)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)
b = Bits()
print(b.randrange(1000), b.calls, b.choice(range(50)), b.calls)
print('SystemRandom' in random.__all__)
