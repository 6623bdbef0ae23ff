# `if a < b:` / `while i < n:` with locals and constants: the loop runs the four instructions
# (LOAD_FAST, LOAD_FAST or LOAD_CONST, COMPARE_OP, POP_JUMP_IF_*) as one step for two ints, and
# one by one for everything else; both must give the same answers and errors.


def classify(x):
    out = []
    if x < 10:
        out.append('lt')
    if x <= 10:
        out.append('le')
    if x == 10:
        out.append('eq')
    if x != 10:
        out.append('ne')
    if x > 10:
        out.append('gt')
    if x >= 10:
        out.append('ge')
    if not x < 0:
        out.append('not-neg')
    return out


for x in [9, 10, 11, -5, 10.0, 9.5, True, 2 ** 70, -(2 ** 70), float('nan'), float('inf')]:
    print(repr(x), classify(x))


def between(lo, x, hi):
    if lo < x:
        if x < hi:
            return 'inside'
        return 'above'
    return 'below'


for args in [(1, 2, 3), (1, 1, 3), (1, 3, 3), (0.5, 1, 1.5), ('a', 'b', 'c'), ((1,), (1, 2), (2,))]:
    print(args, between(*args))


def grow_past_safe(n):
    # i leaves the range of exact JS numbers partway: the compare falls back to big ints.
    i = 2 ** 53 - 3
    steps = 0
    while i < n:
        i += 1
        steps += 1
    return steps, i


print(grow_past_safe(2 ** 53 + 2))


def count_down(n):
    seen = 0
    while n > 0:
        n -= 1
        seen += 1
    return seen


print(count_down(5), count_down(0), count_down(-1))


def unbound_right(flag):
    if flag:
        limit = 3
    x = 1
    if x < limit:
        return 'below limit'
    return 'not below'


def unbound_left(flag):
    if flag:
        x = 1
    if x < 3:
        return 'small'
    return 'big'


for fn in (unbound_right, unbound_left):
    print(fn.__name__, fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print(fn.__name__, 'UnboundLocalError:', e, 'line', e.__traceback__.tb_next.tb_lineno)


class Meters:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('  Meters.__lt__')
        return self.v < other


def compare_instance(m):
    if m < 5:
        return 'short'
    return 'long'


print(compare_instance(Meters(3)), compare_instance(Meters(7)))


def incomparable(a):
    if a < 1:
        return 'less'
    return 'not less'


try:
    incomparable('x')
except TypeError as e:
    print('TypeError:', e, 'line', e.__traceback__.tb_next.tb_lineno)


def long_body(n):
    # Enough code that the jumps need EXTENDED_ARG, which the fused step does not cover.
    total = 0
    for i in range(n):
        if i < 3:
            total += 1
        a = i * 2; b = a + 1; c = b * 3; d = c - a; e = d + b; f = e * 2; g = f - c; h = g + d
        a = h * 2; b = a + 1; c = b * 3; d = c - a; e = d + b; f = e * 2; g = f - c; h = g + d
        a = h * 2; b = a + 1; c = b * 3; d = c - a; e = d + b; f = e * 2; g = f - c; h = g + d
        a = h * 2; b = a + 1; c = b * 3; d = c - a; e = d + b; f = e * 2; g = f - c; h = g + d
        if h > 10 ** 30:
            total += 1000
        if i == n - 1:
            total += h % 1000
    return total


print(long_body(6))
