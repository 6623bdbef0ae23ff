def countdown(n):
    while n > 0:
        yield n
        n -= 1
c = countdown(3)
print(list(c), list(c))
def enum(seq, start=0):
    n = start
    for x in seq:
        yield n, x
        n += 1
print(list(enum('abc', 1)))
def rle(s):
    prev, count = None, 0
    for c in s:
        if c == prev:
            count += 1
        else:
            if prev is not None:
                yield prev, count
            prev, count = c, 1
    if prev is not None:
        yield prev, count
print(list(rle('aaabccdddd')))
