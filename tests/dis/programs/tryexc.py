try:
    x = 1 / 0
except ZeroDivisionError as e:
    print(e)
except (TypeError, ValueError):
    pass
except:
    raise
else:
    print('else')
finally:
    print('finally')

def f():
    try:
        return 1
    finally:
        print('x')

def g():
    for i in range(3):
        try:
            continue
        finally:
            pass

try:
    pass
except Exception as e:
    raise ValueError('x') from e
