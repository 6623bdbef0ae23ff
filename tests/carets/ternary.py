x = None
y = x.a if x is None else 1
