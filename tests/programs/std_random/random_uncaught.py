import random
random.seed(0)
print(random.random())
print(random.sample(range(5), 3))
random.choice([])
