print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(0.0) == hash(False))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash('a') == hash('a'))
print(hash(-1), hash(5), hash(10 ** 20) == hash(10 ** 20), hash(None) == hash(None))
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
d = {1: 'int', 1.0: 'float'}
print(d, len({1, 1.0, True}))
