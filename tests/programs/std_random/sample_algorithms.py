import random
random.seed(11)
# small populations use the pool algorithm, large ones the set-based one
print(random.sample(range(10), 3))
print(random.sample(range(10), 10))
print(random.sample(range(25), 5))
print(random.sample(range(1000), 10))
print(random.sample(range(10**6), 6))
print(random.sample('abcdefghij', 4))
print(random.sample(('x', 'y', 'z'), 0))
print(random.sample(['red', 'blue'], counts=[3, 2], k=5))
print(random.sample(range(4), k=2))
for args, kw in [((range(3), 4), {}), ((range(3), -1), {}), (({1, 2, 3}, 2), {}), (({'a': 1}, 1), {}), ((range(3),), {}), ((['a', 'b'], 2), {'counts': [1]}), ((['a', 'b'], 2), {'counts': [0, 0]}), ((['a'], 1), {'counts': [1.5]})]:
    try:
        print(random.sample(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
