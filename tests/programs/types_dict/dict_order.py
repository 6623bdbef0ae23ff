# Insertion order is kept through updates, deletes and re-inserts; equality ignores order.
d = {}
for w in 'one two three four five'.split():
    d[w] = len(w)
print(d, list(d))
d['two'] = 22
del d['one']
d['one'] = 1
print(d, list(d.items()))
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2}, {} == {}, {1: [1]} == {1: [1]}, {'a': 1} == [('a', 1)])
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
e = dict.fromkeys(range(10), 0)
for i in range(0, 10, 3):
    del e[i]
e[0] = 'back'
print(e, next(iter(e)), list(e)[-1])
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), big.get(999), big.get(998))
