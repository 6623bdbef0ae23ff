import random
r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(0, 100), r2.randint(0, 100))
r1.seed('abc')
print(r1.random(), isinstance(r1, random.Random), type(r1).__name__)
class Fixed(random.Random):
    def random(self):
        return 0.75
f = Fixed(1)
print(f.random(), f.uniform(0, 4), f.randrange(10), f.choice('abcd'), f.choices('abcd', k=3))
class Bits(random.Random):
    def __init__(self):
        super().__init__(0)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return (2 ** k - 1) if self.calls % 2 else 0
b = Bits()
print(b.randrange(100), b.calls, b.randint(1, 6), b.calls)
class Counter(random.Random):
    def seed(self, a=None, version=2):
        print('seeding with', a)
        super().seed(a, version)
c = Counter(3)
print(c.random())
print(random.Random.VERSION, hasattr(random, 'Random'), random.Random().getrandbits(0))
