import functools
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS)
print(WRAPPER_UPDATES)

def trace(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner

@trace
def add(a, b=2):
    "Add two numbers."
    return a + b

print(add(1), add(1, b=5))
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
print(add.__module__)

def plain(fn):
    def inner(*a):
        return fn(*a)
    return inner

@plain
def mul(a, b):
    "Multiply."
    return a * b
print(mul.__name__, mul.__doc__, mul(3, 4))

def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return update_wrapper(wrapper, fn)

@counted
def hello(name):
    return 'hi ' + name

print(hello('a'), hello('b'), hello.calls, hello.__name__)

def source(): pass
source.extra = {'k': 1}
def target(): pass
update_wrapper(target, source)
print(target.extra, target.__wrapped__ is source)

def only_name(fn):
    def inner():
        return fn()
    return update_wrapper(inner, fn, assigned=('__name__',), updated=())
@only_name
def documented():
    "docs"
    return 1
print(documented.__name__, documented.__doc__, documented())

class Obj:
    pass
o = Obj()
def noattrs(): pass
update_wrapper(noattrs, o)
print(noattrs.__name__, noattrs.__wrapped__ is o)

def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco

@repeat(3)
def greet(x):
    return x.upper()
print(greet('yo'), greet.__name__)
