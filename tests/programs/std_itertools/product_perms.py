from itertools import product, permutations
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])), list(product('a', repeat=0)), len(list(product(range(3), range(4), range(5)))))
print(list(product('ab', 'c', repeat=2)))
print(list(permutations('ABC')), list(permutations('ABCD', 2)))
print(list(permutations([])), list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations(range(3), r=None)))
print(len(list(permutations(range(6)))), list(permutations([1, 1, 2]))[:4])
for expr in ["product(x=1)", "product([1], repeat=-1)", "product(1)", "permutations()", "permutations('ab', -1)", "permutations('ab', 1.5)", "permutations(5)", "product([1], repeat='a')"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
