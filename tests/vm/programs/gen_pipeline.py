def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
print(list(squared(evens(numbers(10)))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
def tree(depth):
    if depth == 0:
        yield 'leaf'
        return
    yield from tree(depth - 1)
    yield 'node%d' % depth
    yield from tree(depth - 1)
print(list(tree(2)))
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = gen_with_finally()
for x in g:
    print(x)
    break
g.close()
import sys
print("end")
