def f(*a, **k):
    return a, k
args = [1, 2]
kw = {'x': 1}
f(*args)
f(0, *args, 3)
f(*args, *args)
f(**kw)
f(a=1, **kw)
f(*args, b=2, **kw, c=3)
f(0, *args, z=1)
x = [*args, *args]
y = {**kw, 'k': 2}
z = {*args, 3}
t = (*args,)
a, *b, c = args + args
def g():
    print(1, 2, sep='')
    return f(1, key=2)
