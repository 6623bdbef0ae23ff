from functools import reduce
import functools

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda a, b: a + b, ['x'], 'start-'))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(lambda acc, w: acc + len(w), "the quick brown fox".split(), 0))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: b + a, "hello"))
print(functools.reduce(lambda x, y: x | y, [{1}, {2}, {3, 1}]) == {1, 2, 3})

def gen():
    for i in range(5):
        yield i * i
print(reduce(lambda a, b: a + b, gen()))

for bad in ([], (), iter([])):
    try:
        reduce(lambda a, b: a + b, bad)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(type(e).__name__, e)

try:
    reduce(lambda a: a, [1, 2])
except TypeError as e:
    print(type(e).__name__)

# flatten and compose
print(reduce(lambda a, b: a + b, [[1, 2], [3], [], [4, 5]], []))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl, inc)(5))
