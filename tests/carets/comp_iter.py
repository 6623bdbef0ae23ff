x = 5
ys = [y for y in x]
