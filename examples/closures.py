# Closures: free variables live in cells (LOAD_CLOSURE, MAKE_FUNCTION with a closure tuple).


def adder(n):
    def add(x):
        return x + n
    return add


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


add3 = adder(3)
double = lambda x: x * 2
print(add3(4), double(5), compose(add3, double)(10))
print([adder(i)(10) for i in range(5)])
