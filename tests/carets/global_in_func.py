def f():
    return missing_global
f()
