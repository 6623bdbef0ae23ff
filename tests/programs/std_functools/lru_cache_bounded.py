from functools import lru_cache

calls = []

@lru_cache(maxsize=3)
def slow_square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    slow_square(n)
print(calls)
info = slow_square.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, info._fields)
slow_square.cache_clear()
print(slow_square.cache_info())
print(slow_square.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(maxsize=None)
def unbounded(a, b=0):
    return a - b
print(unbounded(5), unbounded(5), unbounded(5, b=1), unbounded(5, 1), unbounded(a=5))
print(unbounded.cache_info())

@lru_cache(typed=True)
def typed(x):
    return repr(x)
print(typed(1), typed(1.0), typed(True), typed.cache_info())

@lru_cache()
def untyped(x):
    return repr(x)
print(untyped(1), untyped(1.0), untyped.cache_info())

try:
    unbounded([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

try:
    lru_cache(maxsize='big')
except TypeError as e:
    print(type(e).__name__, e)

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())
print(slow_square.__name__, slow_square.__wrapped__(9))
