xs = [i * i for i in range(10) if i % 2]
ys = {i: j for i, j in zip(xs, xs)}
zs = {i for i in xs}
gs = (i for i in xs if i if i > 2)
nested = [(a, b) for a in range(3) for b in range(a)]
print(xs, ys, sum(gs), nested)
