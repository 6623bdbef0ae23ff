counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make():
    n = 0
    def bump(by=1):
        nonlocal n
        n += by
        return n
    return bump
b = make()
print(b(), b(), b(10))
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def set_global():
    global newname
    newname = 'created'
set_global()
print(newname)
g = 'module'
def reader():
    return g
def shadow():
    g = 'local'
    return g
print(reader(), shadow(), g)
