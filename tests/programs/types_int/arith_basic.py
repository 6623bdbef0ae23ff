# Basic int arithmetic with negatives: //, %, divmod follow floor semantics.
vals = [-7, -3, -1, 0, 1, 3, 7, 10, -10]
for a in vals:
    for b in [-3, -2, 2, 3, 7]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
for a in [0, 5, -5]:
    for op in ['//', '%', '/', 'divmod']:
        try:
            if op == '//': a // 0
            elif op == '%': a % 0
            elif op == '/': a / 0
            else: divmod(a, 0)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(-(-5), +(-5), ~5, ~-5, abs(-12), abs(0))
