x = 'global'
def f():
    print(x)
f()
def g():
    x = 'local'
    def h():
        return x
    return h()
print(g())
def k():
    return [x for _ in range(1)]
print(k())
y = 1
def counter():
    return y + 1
y = 10
print(counter())
def shadow_builtin():
    len = lambda s: 'mine'
    return len('abc')
print(shadow_builtin(), len('abc'))
print(__name__)
