from itertools import pairwise, starmap, zip_longest
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])), list(pairwise(range(4))))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ['ab', 'zy'])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('AB', [1, 2, 3])), list(zip_longest()), list(zip_longest('a')))
print(list(zip_longest([], [], fillvalue=0)), list(zip_longest(range(3), range(1), range(2), fillvalue=None)))
for expr in ["pairwise()", "pairwise(1)", "list(starmap(pow, [1]))", "starmap(pow)", "zip_longest(x=1)", "zip_longest(1)", "list(starmap(pow, [(1, 2, 3, 4)]))"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
