def noisy(n):
    for i in range(n):
        print('producing', i)
        yield i
g = noisy(3)
print('created')
for v in g:
    print('got', v)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
it = naturals()
print([next(it) for _ in range(5)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, (x * x for x in naturals()))))
