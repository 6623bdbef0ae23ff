def f(a, b, c, d):
    x = a and b or c and d
    y = (a or b) and (c or d)
    z = not a or not b
    if a and (b or c) and not d:
        return 1
    elif a or b:
        if c:
            return 2
    else:
        while a:
            if b:
                break
            elif c:
                continue
            try:
                return 3
            finally:
                a = 0
    while 0:
        pass
    if 0:
        x = 1
    else:
        x = 2
    if 1:
        y = 3
    return [i for i in a if not i if i or b]
def g(x=(1, 2), *, y=[1, 2], z={'a': 1}):
    for i in x:
        for j in y:
            if i == j:
                break
        else:
            continue
        return i
    with x:
        with y as q:
            return q
def h():
    try:
        pass
    except A:
        pass
    except B as e:
        return
    else:
        return 4
    finally:
        return 5
lam = lambda a=1, b=2: a if not b else (a, b)
t = [x for x in range(3)] if a else {k: v for k, v in b}
