import random
random.seed(8)
print(random.choices('abc'))
print(random.choices('abc', k=10))
print(random.choices(['w', 'x', 'y', 'z'], weights=[10, 1, 1, 0], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=8))
print(random.choices('ab', [0.5, 0.25], k=6))
print(random.choices('abc', k=0))
for args, kw in [(('abc', [1, 2]), {}), (('abc',), {'weights': [1, 1, 1], 'cum_weights': [1, 2, 3]}), (('abc', [0, 0, 0]), {}), (('abc', 3), {}), (('abc', [1, float('inf'), 1]), {}), ((['x'],), {'k': 2.5})]:
    try:
        print(random.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
