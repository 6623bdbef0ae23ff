def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('except')
        return 'from except'
    else:
        print('else', r)
        return 'from else'
    finally:
        print('finally')
print(f(2))
print(f(0))
def g():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(g())
def h():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(h())
def k():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return 'exception discarded by break'
print(k())
