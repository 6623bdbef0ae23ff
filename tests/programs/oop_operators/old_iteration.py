class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(5)), [x for x in Squares(3)], sum(Squares(4)), tuple(Squares(2)))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, 'done'))
a, b, c = Squares(3)
print(a, b, c)
print(sorted(Squares(4), reverse=True), max(Squares(5)), 9 in Squares(4), 10 in Squares(4))


class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopsWithStop()))


class Raises:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError('boom')
        return i


try:
    list(Raises())
except KeyError as e:
    print(type(e).__name__, e)


class Counter:
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur > self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1


print(list(Counter(1, 4)), list(zip(Counter(0, 2), 'abc')))
cnt = Counter(0, 1)
for x in cnt:
    print('got', x)
print(list(cnt))


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda x: x + 1, Squares(3))), dict(zip(Squares(3), 'xyz')))
