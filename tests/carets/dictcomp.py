xs = [1, 0]
d = {x: 1 / x for x in xs}
