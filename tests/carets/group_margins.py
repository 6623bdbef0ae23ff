def f(x):
    return x / 0
def g():
    errs = []
    for v in (1, 2):
        try:
            f(v)
        except ZeroDivisionError as e:
            errs.append(e)
    raise ExceptionGroup("many", errs)
g()
