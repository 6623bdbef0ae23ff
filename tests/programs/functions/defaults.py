def f(a, b=2, c='three'):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c='C'), f(a=0, b=1, c=2), f(*[7, 8]), f(**{'a': 'x'}))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2), g(3, []))
print(f.__defaults__, g.__name__)
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
