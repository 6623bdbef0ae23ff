# itertools pull from their inputs only as far as needed
from itertools import islice, takewhile, dropwhile, zip_longest, chain, product, groupby, accumulate
log = []
def src(n, tag):
    for i in range(n):
        log.append((tag, i))
        yield i
print(list(islice(src(10, 'a'), 2, 4)), log)
log.clear()
print(list(takewhile(lambda x: x < 2, src(10, 'b'))), log)
log.clear()
d = dropwhile(lambda x: x < 2, src(5, 'c'))
print(log, next(d), log)
log.clear()
ch = chain(src(2, 'd'), src(2, 'e'))
print(next(ch), next(ch), log, next(ch), log)
log.clear()
p = product(src(2, 'f'), src(2, 'g'))
print(log, next(p))
log.clear()
acc = accumulate(src(3, 'h'))
print(next(acc), log)
def gen():
    yield 1
    raise ValueError('boom')
try:
    list(islice(gen(), 5))
except ValueError as e:
    print(type(e).__name__, e)
