def f(data):
    a = [x * 2 for x in data if x]
    b = {x: y for x, y in data}
    c = {x for x in data for y in x}
    d = (x for x in data)
    e = [[y for y in x] for x in data]
    return a, b, c, d, e
