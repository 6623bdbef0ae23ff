xs = [1, None]
ys = [x for x in xs if x > 0]
