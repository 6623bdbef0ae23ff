def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    return [lambda: i for i in range(3)]
print([f() for f in late()])
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def cell_arg(a):
    def get():
        return a
    a = a * 2
    return get
print(cell_arg(21)())
x = 'global'
def show():
    return x
def shadow():
    x = 'local'
    def inner():
        return x
    return inner()
print(show(), shadow())
def gen_closure():
    k = 5
    return list(k * i for i in range(3))
print(gen_closure())
def unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
unbound()
