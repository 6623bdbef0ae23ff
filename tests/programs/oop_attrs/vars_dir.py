class A:
    cls_attr = 1

    def method(self):
        pass


class B(A):
    other = 2

    def __init__(self):
        self.inst = 3


b = B()
print(vars(b))
print([n for n in dir(b) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')])
print('__init__' in dir(b), '__class__' in dir(b), '__dict__' in dir(b))


class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'beta']


print(dir(Custom()))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vars(A).keys() - {'__dict__', '__weakref__', '__module__', '__doc__', '__qualname__'}))
try:
    vars(b, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(42)
except TypeError as e:
    print(type(e).__name__, e)


def f():
    local_a = 1
    local_b = 2
    return sorted(vars())


print(f())
print(dir(b) == sorted(dir(b)))
import math
print('sqrt' in dir(math), 'pi' in vars(math))
