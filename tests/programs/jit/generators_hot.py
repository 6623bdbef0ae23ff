# Generators hot enough to be translated, consumed by translated functions: for loops over
# them (their frames run above the consumer's), break and return out of such loops (a
# generator only the loop refers to is finalized there), send(), and an exception raised
# inside a generator going through its consumer.
def numbers(n):
    for i in range(n):
        yield i * i


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def first_over(limit, n):
    for x in numbers(n):
        if x > limit:
            return x
    return -1


def closing(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)


def take_one(tag):
    for x in closing(tag):
        break
    return x


def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got


def failing(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i


total = 0
for k in range(300):
    total += sum(evens(numbers(k % 20)))
    total += first_over(k, 40)
print(total)
print(take_one("a"), take_one("b"))
g = echo()
next(g)
for v in range(200):
    g.send(v)
try:
    g.send(None)
except StopIteration as e:
    print("echo", e.value)
print(list(x + 1 for x in numbers(5)))
caught = 0
for k in range(150):
    try:
        for v in failing(10):
            pass
    except KeyError as e:
        caught += e.args[0]
print("caught", caught)
print(sum(failing(3)), list(failing(4))[:2])
