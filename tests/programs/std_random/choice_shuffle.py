import random
random.seed(31337)
print([random.choice('abcdefg') for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1,)), random.choice(range(100, 200)))
l = list(range(15))
random.shuffle(l)
print(l)
words = ['alpha', 'beta', 'gamma', 'delta']
for _ in range(3):
    random.shuffle(words)
    print(words)
e = []
random.shuffle(e)
print(e)
try:
    random.choice([])
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    random.choice('')
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    random.shuffle((1, 2, 3))
except TypeError as ex:
    print(type(ex).__name__, ex)
