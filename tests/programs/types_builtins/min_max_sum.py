# min/max with key and default, sum with start, any/all, and their errors.
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words), max(words), min(words, key=len), max(words, key=len), min(3, 1, 2), max(3, 1, 2, key=lambda x: -x), min([], default='none'), max((), default=0))
print(max([1, 5, 5, 2], key=lambda x: x % 5), min([(1, 'b'), (1, 'a')]), max('hello'), min({3: 'a', 1: 'b'}), max(range(5), key=lambda x: (x % 3, x)))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(10), start=-45), sum([True, True]))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
for f in [lambda: min([]), lambda: max(), lambda: min(1), lambda: sum(['a', 'b'], ''), lambda: sum([1, 'a']), lambda: max([1, 'a']), lambda: min([1], [2], default=0), lambda: max(1, 2, foo=3), lambda: sum([b'a'], b''), lambda: any(5)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
