it = iter([])
v = next(it)
