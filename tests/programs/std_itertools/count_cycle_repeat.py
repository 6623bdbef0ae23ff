from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)), list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(1j, 1), 2)), list(islice(count(2**62, 2**61), 3)))
c = count(3)
print(repr(c), next(c), next(c), repr(c))
print(repr(count(2, 5)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(-1, -1)))
cy = cycle('ab')
print([next(cy) for _ in range(5)], list(cycle([])))
it = iter([1, 2])
cy2 = cycle(it)
print([next(cy2) for _ in range(5)])
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -5)), list(zip(range(3), repeat(7))))
r = repeat('z', 2)
print(repr(r), next(r), repr(r), r.__length_hint__(), repr(repeat([1])))
print(list(map(pow, range(5), repeat(2))))
for expr in ["count('a')", "count(1, 'b')", "count(1, 2, 3)", "cycle()", "cycle(5)", "cycle([], x=1)", "repeat()", "repeat(1, 'a')", "repeat(1).__length_hint__()"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
