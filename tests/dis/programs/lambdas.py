f = lambda: 0
g = lambda x, *a, **k: (x, a, k)
h = lambda x=1, *, y=2: x + y
k = sorted(xs, key=lambda t: t[1])
