# enumerate, zip (incl. strict), map, filter, reversed, iter with sentinel, next with default.
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 1, range(5))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], 'ab', strict=True)))
data = [5, 4, 3, 0, 2]
it = iter(data.pop, 0)
print(list(it), data)
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
for f in [lambda: next([1]), lambda: iter(5), lambda: reversed({1, 2}), lambda: iter(len, 1, 2), lambda: map(), lambda: enumerate(5), lambda: iter(5, 1)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
e = enumerate('xy')
print(next(e), list(e), type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq(), list(reversed([Seq()]))[0] is not None)
