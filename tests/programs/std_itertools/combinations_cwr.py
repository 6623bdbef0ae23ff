from itertools import combinations, combinations_with_replacement as cwr
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations([], 0)), list(combinations([], 1)))
print(len(list(combinations(range(10), 5))), list(combinations(iterable='xyz', r=2)))
print(list(cwr('ABC', 2)), list(cwr(range(2), 3)), list(cwr('', 0)), list(cwr('', 2)), list(cwr('ab', 0)))
print(len(list(cwr(range(5), 3))))
for expr in ["combinations('ab')", "combinations('ab', -1)", "combinations('ab', 1.5)", "cwr('ab', -2)", "cwr()", "combinations(1, 2)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
