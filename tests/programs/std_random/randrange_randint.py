import random
random.seed(1234)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(15)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print(random.randrange(-10, -5), random.randint(-3, 3), random.randint(7, 7))
print(random.randrange(10**20), random.randint(2**64, 2**65), random.randrange(0, 10**30, 10**10))
print(random.randrange(3.0), random.randrange(1, 10.0))
