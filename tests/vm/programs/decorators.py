def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@trace
def add(a, b=0):
    return a + b
print(add(1, b=2))
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("you"))
class C:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__ + str(x)
    @property
    def p(self):
        return 42
print(C.s(4), C.c(5), C().p, C().s(1), C().c(2))
print(add.__name__, add.__qualname__)
def f(x: int, y: "str" = "a") -> bool:
    "docstring here"
    return True
print(f.__annotations__, f.__doc__, f.__defaults__, f.__name__, f.__module__)
def g(*, k=1):
    pass
print(g.__kwdefaults__, g.__code__.co_name, type(g).__name__)
