from itertools import accumulate, chain
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial='s')), list(accumulate([2, 3], lambda a, b: a ** b, initial=2)))
print(list(accumulate([1.5, 2.5], func=operator.sub)), list(accumulate(x for x in range(4))))
print(list(chain()), list(chain('ab', 'cd')), list(chain([1], (2, 3), {4: 'x'}, range(5, 7))))
print(list(chain.from_iterable(['ab', [1, 2], ()])), list(chain.from_iterable(iter([range(2), range(3)]))))
c = chain([1], [2])
print(next(c), next(c), next(c, 'done'))
for expr in ["accumulate()", "accumulate([1], x=2)", "list(accumulate([1, 'a']))", "chain(x=1)", "list(chain(1))", "chain.from_iterable()", "list(chain.from_iterable([1]))"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
