def f(a, b, c):
    if a and b or c:
        return 1
    if not a:
        x = 1
    else:
        x = 2
    while 1:
        if a:
            break
    if a or b:
        pass
    return x if a else b
def g(x):
    return x in (1, 2, 3), x in [4, 5], x not in {6, 7}, x is not None, not x is None
def h(x):
    while x:
        if x > 10:
            continue
        x -= 1
    return (x, 1) if x else (2, x)
def k():
    return
    print('dead code')
