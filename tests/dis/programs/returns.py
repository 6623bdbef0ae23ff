def f(x):
    if x:
        return 1
    else:
        return 2

def g(x):
    while True:
        return x

def h():
    return

def i():
    pass

def j(x):
    for y in x:
        if y:
            return y
    return None
