# Closures, keyword calls, comprehensions and raise inside functions hot enough to be
# translated; the exception's traceback must point at the same lines as the dispatch loop's.
def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def scaled(xs, *, by=2, offset=0):
    return [x * by + offset for x in xs if x % 2 == 0]


def check(n):
    if n > 250:
        raise ValueError("n too large: %d" % n)
    return {n % 5: n}


bump = counter()
for i in range(300):
    bump()
    bump(step=2)
print(bump(step=0))
print(scaled(range(10), by=3, offset=1))
print(sum(len(scaled(range(i))) for i in range(200)))
print(check(7))
try:
    for i in range(300):
        check(i)
except ValueError as e:
    print("stopped at", i, e)
check(999)
