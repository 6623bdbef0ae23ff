# Instruction pairs the loop runs as one step (LOAD_FAST+LOAD_FAST, LOAD_FAST+LOAD_CONST,
# STORE_FAST+LOAD_FAST, COMPARE_OP+POP_JUMP_IF_*) behave as the two instructions would:
# errors name the right variable and line, other operand types take the general path.


def compare_kinds(a, b):
    out = []
    if a < b:
        out.append('<')
    if a <= b:
        out.append('<=')
    if a == b:
        out.append('==')
    if a != b:
        out.append('!=')
    if not a > b:
        out.append('not >')
    if not a >= b:
        out.append('not >=')
    return out


class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print('  __lt__', self.n, other.n)
        return self.n < other.n

    def __eq__(self, other):
        return 'truthy' if self.n == other.n else ''

    def __hash__(self):
        return self.n


for a, b in [(1, 2), (2, 2), (3, 2), (-1, -1), (2 ** 60, 2 ** 60 + 1), (1.5, 1), (1, 1.0),
             ('a', 'b'), ((1, 2), (1, 3)), (True, 2), (2 ** 80, 2 ** 80)]:
    print(repr(a), repr(b), compare_kinds(a, b))

v1, v2 = Version(1), Version(2)
if v1 < v2:
    print('v1 < v2')
if v1 == Version(1):
    print('== returned a truthy str')
if not (v1 == v2):
    print('== returned an empty str')
try:
    if v2 > 3:
        print('unreachable')
except TypeError as e:
    print('TypeError:', e)


def second_unbound(flag):
    if flag:
        late = 1
    first = 2
    return first + late


def first_unbound(flag):
    if flag:
        early = 1
    return early + 1


def store_then_unbound(flag):
    if flag:
        other = 1
    x = 5
    return other * x


for fn in (second_unbound, first_unbound, store_then_unbound):
    print(fn.__name__, fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print(fn.__name__, 'UnboundLocalError:', e, 'line', e.__traceback__.tb_next.tb_lineno)


def loops(n):
    total = 0
    i = 0
    while i < n:
        j = i
        while j >= 0:
            if j == 3 or j != j:
                total += 100
            j -= 2
        total += i
        i += 1
    return total


print(loops(10), loops(0), loops(-3))


def same_slot(x):
    x = x + 1
    return x


print(same_slot(41))


def lasti_seen():
    import sys
    a = 1
    b = 2
    f = sys._getframe()
    return a, b, f.f_lineno


print(lasti_seen())

# LOAD_FAST+LOAD_ATTR and LOAD_FAST+LOAD_METHOD: missing attributes, properties written in
# Python (their frame runs from the fused pair), and errors inside a property.
class Shape:
    def __init__(self, w):
        self.w = w

    @property
    def area(self):
        return self.w * self.w

    @property
    def broken(self):
        return self.missing_attribute

    def grow(self, k):
        self.w += k
        return self


def attrs(s):
    a = s.w
    b = s.area
    c = s.grow(1).w
    return a, b, c


print(attrs(Shape(3)))


def bad_attr(s):
    x = 1
    return s.nope


def bad_method(s):
    x = 1
    return s.nope()


def bad_property(s):
    x = 1
    return s.broken


for fn in (bad_attr, bad_method, bad_property):
    try:
        fn(Shape(2))
    except AttributeError as e:
        tb = e.__traceback__.tb_next
        print(fn.__name__, 'AttributeError:', e, 'line', tb.tb_lineno)


# POP_JUMP_IF_FALSE+LOAD_FAST: truth values of every kind, and a __bool__ that raises.
class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError('no truth')
        return self.v


def pick(c, a):
    if c:
        return a
    return None


for c in [0, 1, '', 'x', [], [0], None, 0.0, 2.5, Truth(True), Truth(False)]:
    print(repr(c)[:12], pick(c, 'taken'))
try:
    pick(Truth(None), 1)
except ValueError as e:
    print('ValueError:', e, 'line', e.__traceback__.tb_next.tb_next.tb_lineno)


# STORE_FAST+JUMP_ABSOLUTE closes every loop body that ends in an assignment.
def countdown(n):
    out = []
    while n:
        out.append(n)
        n = n - 1
    for k in range(3):
        last = k
    return out, last


print(countdown(5))

# Comparisons that raise keep the operands' line in the traceback.
def bad_compare(a, b):
    x = 0
    if a < b:
        x = 1
    return x


print(bad_compare(1, 2))
try:
    bad_compare(1, 'x')
except TypeError as e:
    print('TypeError:', e, 'line', e.__traceback__.tb_next.tb_lineno)

bad_compare(None, 1)
