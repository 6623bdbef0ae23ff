# `break` and `return` inside loops in hot code: the blocks they leave, the stack under them,
# generators left unfinished by them (closed at once, running their `finally`), and returns from
# inside an except clause.
log = []


def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed at %d" % i)


def first_over(xs, limit):
    for x in xs:
        if x > limit:
            return x
    return None


def find_in_gen(n, stop):
    for v in numbers(n):
        if v == stop:
            return v * 10
    return -1


def nested(n):
    total = 0
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j > i:
                break
            total += j
        for k in numbers(i + 2):
            if k == 1:
                break
            total += 100
    return total


def from_except(v):
    for i in range(3):
        try:
            return 10 // v
        except ZeroDivisionError:
            return "zero at %d" % i
    return None


def keeps_stack(n):
    # The list under the loop's values survives each break.
    return [sum(1 for _ in range(3)) + next_break(i) for i in range(n)]


def next_break(i):
    c = 0
    while True:
        c += 1
        if c >= i:
            break
    return c


acc = 0
for r in range(150):
    acc += first_over([1, 5, 9, 12], r % 13) or 0
    acc += find_in_gen(5, r % 6)
    acc += nested(r % 7)
print(acc, len(log), log[:3])
print([from_except(v) for v in (0, 1, 2, 0)])
print(keeps_stack(6))
