def f(a, b): return a / b
args = (1, 0)
f(*args)
