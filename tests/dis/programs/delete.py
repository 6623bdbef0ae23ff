del a
del a.b
del a[1], c
del (x, y)
del [p, q]
