g = 1
def f():
    global g
    g = 2
    del g
def h():
    x = 1
    del x
    return g
del g
