def f(a, b=2):
    return a + b
class A:
    def m(self, x):
        return ('m', x)
a = A()
print(hasattr(f, '__call__'), hasattr(a.m, '__call__'), hasattr(len, '__call__'), hasattr(A, '__call__'))
print(hasattr(f, '__get__'), callable(f), callable(staticmethod(f)), callable(classmethod(f)))
print(f.__call__(1), f.__call__(1, b=5), a.m.__call__(3), len.__call__('abcd'), A.__call__().__class__.__name__)
bound = f.__get__(10)
print(bound(), type(bound).__name__, bound.__self__)
print(A.m.__get__(a)(4), A.__dict__['m'].__get__(None, A) is A.m)
print(f.__get__(None, int) is f)
meth = A.m.__get__(a, A)
print(meth.__call__(9))
# calling through __call__ of __call__
print(f.__call__.__call__(40))
