# The iterator protocol by hand: __iter__/__next__, StopIteration, exhaustion, generators in builtins.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), tuple(Countdown(2)), set(Countdown(2)) == {1, 2})
c = Countdown(2)
print(list(c), list(c), next(c, 'empty'))
print(list(map(lambda a, b: a * b, Countdown(3), Countdown(3))), list(zip(Countdown(2), 'ab')), dict(zip('ab', Countdown(2))))
g = (x * x for x in range(4))
print(next(g), list(g), list(g), sum(x for x in range(5)), any(x == 3 for x in Countdown(5)))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
it = iter('ab')
print(iter(it) is it, next(it), list(it), type(iter('')).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
