def make():
    result = []
    for i in range(3):
        def f(i=i):
            def g():
                return i * 10
            return g
        result.append(f())
    return [r() for r in result]
print(make())
def acc():
    total = 0
    def add(n):
        nonlocal total
        for _ in range(n):
            total += 1
        return total
    return add
a = acc()
print(a(3), a(4))
def shared():
    x = 0
    def get(): return x
    def put(v):
        nonlocal x
        x = v
    return get, put
get, put = shared()
put(42)
print(get())
