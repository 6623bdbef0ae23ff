def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
def evens(limit):
    for x in range(limit):
        if x % 2 == 0:
            yield x
g = evens(10)
print(next(g), next(g), list(g))
def pairs(s):
    for a in s:
        for b in s:
            yield a + b
print(list(pairs('ab')))
