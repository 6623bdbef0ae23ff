import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([2.0**53, 1.0, -2.0**53]), math.fsum(i / 7 for i in range(100)))
print(math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum([1e-16, 1.0, 1e-16]), math.fsum([float('inf'), 1.0]), math.fsum([float('nan')]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10), math.prod(['ab'], start=1) if False else math.prod([[1]], start=2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)), math.dist((), ()))
for expr in ["math.fsum([float('inf'), float('-inf')])", "math.fsum([1e308, 1e308])", "math.fsum(['a'])", "math.fsum(5)", "math.prod(5)", "math.dist((1, 2), (1,))", "math.dist(1, 2)", "math.prod(['a', 'b'])"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
