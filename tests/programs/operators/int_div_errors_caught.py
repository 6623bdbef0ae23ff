for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ('/', '//', '%'):
        try:
            if op == '/':
                r = a / b
            elif op == '//':
                r = a // b
            else:
                r = a % b
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, 'ZeroDivisionError:', e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(e)
try:
    print(2 ** 10000.0)
except OverflowError as e:
    print('OverflowError:', e)
