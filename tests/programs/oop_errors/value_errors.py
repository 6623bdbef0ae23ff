cases = [
    lambda: int('abc'),
    lambda: int('12', 1),
    lambda: float('x1'),
    lambda: int(''),
    lambda: a_b(),
    lambda: list(range(3)).index(7),
    lambda: 'a,b'.split(''),
    lambda: chr(-1),
    lambda: range(1, 2, 0),
    lambda: (1, 2, 3)[::0],
    lambda: int('9' * 5, 8),
]


def a_b():
    a, b = [1, 2, 3]


for c in cases:
    try:
        c()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, = ()
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2 ** -1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
