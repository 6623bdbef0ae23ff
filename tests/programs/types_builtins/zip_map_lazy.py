# map/filter/zip are lazy: side effects happen on demand, iterators are single-use.
log = []
def noisy(x):
    log.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(log, next(m), log, list(m), log, list(m))
z = zip(range(3), 'abcdef')
print(list(z), list(z))
f = filter(lambda c: c.isupper(), 'aBcDeF')
print(next(f), ''.join(f))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
e = enumerate(map(str.upper, 'xyz'))
print(dict(e))
pairs = list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')]))
print(pairs, list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])), list(zip('ab', range(5), [None] * 9)))
