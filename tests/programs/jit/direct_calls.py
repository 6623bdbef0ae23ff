# Calls between translated functions, which run each other directly up to a depth: accessors,
# __init__, formulas, operators' methods, property getters; results, exceptions raised inside
# them (caught by the callee, the caller or further out), and callees that need the loop
# part-way.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return (self.x if self.x >= 0 else -self.x) + (self.y if self.y >= 0 else -self.y)

    @property
    def doubled(self):
        return self.x * 2

    def via_property(self):
        return self.doubled + 1

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def plus(self, other):
        return self + other


def abs_like(v):
    return v if v >= 0 else -v


def ratio(a, b):
    return a // b


def item(seq, i):
    return seq[i]


def with_set(a, b):
    s = {a, b}
    return len(s) if False else s


class BadInit:
    def __init__(self, v):
        self.v = v
        return v


class Counter:
    total = 0

    def __init__(self, start):
        self.n = start

    def bump(self, k):
        self.n = self.n + k
        return self.n


def hot():
    acc = 0
    pts = []
    for i in range(300):
        p = Point(i - 150, 2 * i - 300)
        pts.append(p)
        acc += p.norm1() + abs_like(i - 7) + ratio(i + 10, 3)
        acc += p.via_property()
        q = p.plus(Point(1, 1))
        acc += q.x + q.y
        acc += len(with_set(i, i % 3))
    print("acc", acc, len(pts))
    c = Counter(5)
    for i in range(200):
        c.bump(i)
    print("counter", c.n)


def errors():
    # `except E:` without a name: the function stays translatable.
    caught = 0
    last = None
    for i in range(200):
        try:
            ratio(i, i % 4)
        except ZeroDivisionError:
            caught += 1
            last = sys.exc_info()[1]
        try:
            item([1, 2, 3], i % 5)
        except IndexError:
            caught += 1
    print("caught", caught, type(last).__name__, last)
    for i in range(150):
        try:
            BadInit(i if i > 140 else None)
        except TypeError:
            print("init", i, sys.exc_info()[1])
            break
    try:
        Point(1, 2).missing_method()
    except AttributeError:
        print("attr", sys.exc_info()[1])


def where():
    for i in range(120):
        try:
            ratio(1, 0 if i == 110 else 1)
        except ZeroDivisionError:
            tb = sys.exc_info()[2]
            names = []
            while tb is not None:
                names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            print(names)


def deep(n):
    if n == 0:
        return abs_like(-3)
    return deep(n - 1) + abs_like(n)


def catches(i):
    try:
        return 1 // (i - i)
    except ZeroDivisionError:
        return i


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        try:
            return Money(self.cents + other.cents)
        except AttributeError:
            return Money(self.cents + other)

    @property
    def safe_ratio(self):
        try:
            return 100 // (self.cents % 3)
        except ZeroDivisionError:
            return -1


def stack_under_calls():
    # Values under a call on the caller's stack survive an exception the callee catches.
    out = [10 + catches(i) * 2 for i in range(5)]
    total = Money(0)
    ratios = []
    for i in range(150):
        total = total + Money(i) + i
        ratios.append(3 + total.safe_ratio)
    print(out, total.cents, sum(ratios))


def level(n):
    if n == 0:
        return catches(7)
    try:
        if n % 50 == 0:
            return level(n - 1) + 1 // 0
        return level(n - 1) + 1
    except ZeroDivisionError:
        return -n


def chained(n):
    return [level(k) for k in (10, 49, 50, 120, 260)]


class Odd:
    size = list.__len__


def builtin_methods(line):
    # Methods of builtin types called from the variables; one borrowed by an unrelated class.
    out = []
    for w in line.split(" "):
        out.append(w.strip(".,").lower())
    try:
        Odd().size()
    except TypeError:
        out.append(str(sys.exc_info()[1]))
    return out


for _ in range(150):
    words = builtin_methods("A b, C. d")
print(words, "-".join(words[:4]).upper().count("B"))
hot()
stack_under_calls()
print(chained(0))
errors()
where()
print("deep", deep(300))
try:
    sys.setrecursionlimit(120)
    deep(200)
except RecursionError as e:
    print("recursion", type(e).__name__)
