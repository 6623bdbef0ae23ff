# Errors raised inside functions hot enough to be translated: each traceback entry must
# name the line of the instruction that raised, as the dispatch loop's does.
import sys


def ops(kind, a, b):
    x = 1
    if kind == 0:
        x = a % b
    elif kind == 1:
        x = a // b
    elif kind == 2:
        x = a << b
    elif kind == 3:
        x = a[b]
    elif kind == 4:
        x = a.missing
    elif kind == 5:
        x = a(b)
    elif kind == 6:
        p, q = a
    elif kind == 7:
        x = a < b
    elif kind == 8:
        x = b in a
    elif kind == 9:
        for y in a:
            x = y
    elif kind == 10:
        x = -a
    elif kind == 11:
        x = {a: b}
    elif kind == 12:
        a[b] = x
    elif kind == 13:
        x = a / b
    elif kind == 14:
        x = a ** b
    elif kind == 15:
        x = a + b
    elif kind == 16:
        x = not_defined_anywhere
    elif kind == 18:
        x = a.missing(b)
    elif kind == 19:
        x = f"{a:q}"
    elif kind == 20:
        x = ~a
    elif kind == 21:
        x = a(zz=b)
    elif kind == 22:
        x = {y for y in a}
    elif kind == 23:
        a.x = b
    elif kind == 17:
        if b:
            y = 1
        return y
    return x


def line_of(exc):
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name, tb.tb_lineno


for _ in range(200):
    ops(0, 7, 3)
    ops(15, 1, 2)

cases = [
    (0, 7, 0), (1, 7, 0), (2, 1, -1), (3, [1], 5), (4, 3, None), (5, 3, 4), (6, [1, 2, 3], None),
    (7, 1, "a"), (8, 3, 4), (9, 5, None), (10, "s", None), (11, [], 1), (12, (1,), 0),
    (13, 1.0, 0.0), (14, 0.0, -1), (15, "a", 1), (16, None, None), (17, None, 0),
    (18, 3, 1), (19, 5, None), (20, "s", None), (21, line_of, 1), (22, [[1]], None), (23, 5, 1),
]
for kind, a, b in cases:
    for _ in range(3):
        try:
            ops(kind, a, b)
        except Exception as e:
            err, where = e, line_of(e)
    print(kind, type(err).__name__, where, err)
