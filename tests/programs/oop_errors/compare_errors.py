class C:
    pass


class D:
    pass


ops = [
    lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b,
]
syms = ['<', '<=', '>', '>=']
for left, right in [(C(), C()), (C(), 1), (1, C()), ('a', 1), ([], ()), (None, None), (1j, 2j), ({}, {}), (C(), D())]:
    for sym, op in zip(syms, ops):
        try:
            op(left, right)
        except TypeError as e:
            print(sym, e)
print(C() == C(), C() != 1, None == 0, [] == (), 'a' != 1)
try:
    sorted([C(), C()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 'x', 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([[1], (1,)])
except TypeError as e:
    print(type(e).__name__, e)
