def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
err(lambda: next(it))
print(list(enumerate('ab')), list(enumerate(['x', 'y'], start=10)), list(enumerate([], 5)))
print(list(zip('abc', range(10), [True, False])), list(zip()), list(zip([1])))
err(lambda: list(zip([1, 2], [3], strict=True)))
err(lambda: list(zip([1], [3, 4], strict=True)))
err(lambda: list(zip([1], [3], [4, 5], strict=True)))
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x > 1, range(4))), list(filter(bool, [0, 3])))
print(list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2}.items())))
err(lambda: reversed({1, 2}))
err(lambda: reversed(5))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
err(lambda: iter(5, 1))
err(lambda: next([1]))
err(lambda: iter(5))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
print(list(Seq()), list(reversed(Seq())), 20 in Seq())
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), sum(Counter()), max(Counter()), sorted(Counter(), reverse=True))
e = enumerate('xy'); print(type(e).__name__, next(e), list(e))
z = zip([1], [2]); print(type(z).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
print(type(iter(range(3))).__name__, type(iter({1})).__name__, type(map(str, [])).__name__, type({}.items().__iter__()).__name__)
d = {'a': 1, 'b': 2}
i2 = iter(d); next(i2); d['c'] = 3
err(lambda: next(i2))
s = {1, 2}
i3 = iter(s); next(i3); s.add(5)
err(lambda: next(i3))
print(list(iter(d.values())), list(d.items()), any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, 0]))
