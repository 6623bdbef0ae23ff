class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__)
        return super().__call__(*a, **k)
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', name)
        return super().__new__(mcls, name, bases, ns)
class X(metaclass=Meta):
    def __init__(self, v): self.v = v
print(X(3).v)
class A:
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class B(A):
    @A.x.setter
    def x(self, v):
        super(B, type(self)).x.__set__(self, v * 2)
b = B(); b.x = 4; print(b.x)
class S(super): pass
print(S(B, b).x)
print(staticmethod.__name__, classmethod.__name__, property.__name__)
print(staticmethod(len).__func__ is len)

# super() in a method of a class created by a decorator-returning function
def add_greeting(cls):
    class Wrapped(cls):
        def greet(self):
            return 'wrapped ' + super().greet()
    return Wrapped
@add_greeting
class Person:
    def greet(self):
        return 'hello'
print(Person().greet(), Person.__name__)

# super() with the first argument rebound still uses the frame's current value
class R:
    def f(self):
        return 'R.f'
class R2(R):
    def f(self):
        return super().f()
print(R2().f())

# super objects in class bodies via explicit form, and super on exceptions
class MyErr(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] ' + super().__str__()
try:
    raise MyErr('bad thing', 7)
except ValueError as e:
    print(e, e.args, e.code)
