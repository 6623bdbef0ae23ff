x = 10
def f(a=x):
    return a
x = 20
print(f(), x)
def g(a=[]):
    a.append(len(a))
    return a
print(g(), g(), g())
def h(n, *, k=x * 2):
    return n + k
print(h(1))
