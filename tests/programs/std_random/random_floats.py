import random
random.seed(2024)
print([random.random() for _ in range(10)])
print([round(random.uniform(-5, 5), 12) for _ in range(5)])
print([random.uniform(1, 2) for _ in range(3)])
print(random.uniform(10, 10), random.uniform(3, 1))
r = random.Random(99)
print(sum(r.random() for _ in range(1000)))
