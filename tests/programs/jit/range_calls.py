# Translated range(n), range(a, b) and range(a, b, s) of ints the size of JavaScript numbers
# make the range themselves; anything else (bools, big ints, floats, a zero step, a `range`
# rebound to something else) goes through the call as before.


def total(n):
    s = 0
    for i in range(n):
        s += i
    return s


def spans(a, b):
    return list(range(a, b)), len(range(a, b))


def steps(a, b, c):
    r = range(a, b, c)
    return list(r)[:5], len(r), r


for _ in range(15):
    t = total(10)
    sp = [spans(a, b) for a, b in [(0, 5), (5, 0), (-3, 3), (2**53, 2**53 + 2)]]
    st = [steps(a, b, c) for a, b, c in [(0, 10, 3), (10, 0, -3), (0, 10, -1), (-5, 5, 4)]]
print(t, sp, st)


def odd(args):
    try:
        return list(range(*args))[:4]
    except (TypeError, ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


def one(x):
    try:
        return range(x)
    except TypeError as e:
        return "TypeError: " + str(e)


def three(a, b, c):
    try:
        return range(a, b, c)
    except ValueError as e:
        return "ValueError: " + str(e)


for _ in range(15):
    r1 = [one(x) for x in [3, True, False, 2**70, -4]]
    r2 = [three(0, 10, s) for s in [2, 0, -1, True]]
    r3 = [odd(a) for a in [(1.5,), ("3",), (0, 5, 0), (2**64, 2**64 + 3)]]
print(r1)
print(r2)
print(r3)
try:
    for _ in range(15):
        one(2.5)
except TypeError as e:
    print("escaped", e)
print(one(2.5))

real_range = range


def range(*a):
    return ["mine", a]


for _ in range(3):
    print(total.__name__, spans(1, 3), one(2), three(1, 2, 3))
range = real_range
print(spans(1, 3), one(2))
