def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = (x * y for x in range(3) for y in range(x) if x + y)
r = list(g)
