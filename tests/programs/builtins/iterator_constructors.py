# enumerate, zip, map, filter and reversed called directly: results, argument errors, keywords,
# and a subclass of enumerate.
tests = [lambda: enumerate(), lambda: enumerate(1), lambda: enumerate([1], 1, 2), lambda: enumerate([1], start='a'),
         lambda: enumerate(iterable=[1], start=5), lambda: enumerate([1], bogus=1), lambda: list(enumerate('ab', 10)),
         lambda: zip(1), lambda: list(zip('ab', 'cd')), lambda: list(zip('ab', 'c', strict=True)), lambda: zip(bogus=1),
         lambda: list(zip()), lambda: map(), lambda: map(len), lambda: list(map(len, ['a', 'bb'])), lambda: map(len, [1], k=1),
         lambda: filter(None), lambda: list(filter(None, [0, 1, 2])), lambda: filter(None, [1], k=2),
         lambda: reversed(), lambda: list(reversed([1, 2])), lambda: reversed(1), lambda: reversed([1], k=1),
         lambda: type(enumerate([])).__name__, lambda: isinstance(zip(), zip)]
for t in tests:
    try:
        r = t()
        print(r if isinstance(r, (list, str, bool)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
class E(enumerate):
    pass
print(list(E('xy', 3)), type(E('a')).__name__)
