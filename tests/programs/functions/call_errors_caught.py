def f(a, b):
    return a + b
def g(*, k):
    return k
tests = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2), lambda: g(1),
         lambda: g(), lambda: f(*[1, 2, 3]), lambda: len(), lambda: len(1, 2), lambda: int('5', base=2, x=1)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
