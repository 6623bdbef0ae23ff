from itertools import compress, dropwhile, takewhile, filterfalse
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True] * 3)), list(compress([], [1])))
print(list(compress(data=[1, 2, 3], selectors=[0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])), list(dropwhile(lambda c: c != 'c', 'abcdec')))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [1, 1, 0, 1])), list(takewhile(str.isdigit, '123abc45')))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
tw = takewhile(lambda x: x < 3, iter(range(10)))
print(list(tw), list(tw))
for expr in ["compress([1])", "compress(1, [1])", "dropwhile(None)", "list(dropwhile(None, [1]))", "takewhile(len)", "filterfalse()", "list(takewhile(lambda x: 1/x, [1, 0]))"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
