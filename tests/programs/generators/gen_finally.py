def g():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
for x in g():
    print(x)
    break
print('after break')
it = g()
print(next(it))
it.close()
print('after close')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
