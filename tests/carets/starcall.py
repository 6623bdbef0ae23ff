def f(*a): return a[5]
f(*[1, 2])
