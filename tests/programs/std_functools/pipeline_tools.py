from functools import reduce, partial, lru_cache, wraps

def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)

strip = str.strip
lower = str.lower
words = str.split
normalize = compose(strip, lower, words)
print(normalize('  The Quick  BROWN fox '))

def logged(fn):
    @wraps(fn)
    def inner(*a):
        r = fn(*a)
        print('%s%r -> %r' % (fn.__name__, a, r))
        return r
    return inner

@logged
def scale(k, x):
    return k * x
triple = partial(scale, 3)
print(list(map(triple, [1, 2, 3])))

@lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print([ways(n) for n in (0, 5, 10, 25, 50, 100)])
print(ways.cache_info().hits > 0)
total = reduce(lambda acc, kv: acc + kv[1], {'a': 1, 'b': 2, 'c': 3}.items(), 0)
print(total)
pipeline = [partial(map, lambda x: x * 2), partial(filter, lambda x: x % 3), sorted, partial(reduce, lambda a, b: a + b)]
print(compose(*pipeline)(range(10)))
