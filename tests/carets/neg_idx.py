xs = []
v = xs[-1]
